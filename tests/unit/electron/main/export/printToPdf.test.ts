import { describe, expect, it, vi } from 'vitest';

import {
  createPrintSurfaceFactory,
  PrintDocuments,
  type HiddenWindow,
} from '#electron/main/export/printSurface';
import { createPrintToPdfHandler, type PrintSurface } from '#electron/main/export/printToPdf';

const event = { sender: { id: 1 }, senderFrame: { url: 'app://parley/' } };
const request = { html: '<!doctype html><p>Agreement</p>', suggestedName: 'Group B.pdf' };
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function fakes(surface: Partial<PrintSurface> = {}, chosen: string | null = '/docs/Group B.pdf') {
  const disposed = vi.fn();
  const written: { path: string; data: unknown }[] = [];
  const renamed: [string, string][] = [];
  const fs = {
    writeFile: async (path: string, data: string | Uint8Array) => void written.push({ path, data }),
    rename: async (from: string, to: string) => void renamed.push([from, to]),
    rm: async () => undefined,
    fsync: async () => undefined,
  };
  const make = () => ({
    load: async () => undefined,
    printToPDF: async () => PDF,
    dispose: disposed,
    ...surface,
  });
  const dialog = { chooseSavePath: vi.fn(async () => chosen) };
  return { disposed, written, renamed, fs, make, dialog };
}

describe('PDF export in the native shell', () => {
  it('prints the HTML, asks where to save, and writes the PDF atomically', async () => {
    const f = fakes();
    const result = await createPrintToPdfHandler(f.make, f.dialog, f.fs)(request, event);
    expect(result).toEqual({ ok: true, value: { saved: true, location: '/docs/Group B.pdf' } });
    expect(f.written[0]!.data).toBe(PDF);
    expect(f.renamed[0]![1]).toBe('/docs/Group B.pdf');
    expect(f.dialog.chooseSavePath).toHaveBeenCalledWith('Group B.pdf');
    expect(f.disposed).toHaveBeenCalledOnce();
  });

  it('gives a clear error and saves nothing when printing takes too long', async () => {
    const f = fakes({ printToPDF: () => new Promise<Uint8Array>(() => undefined) });
    const result = await createPrintToPdfHandler(f.make, f.dialog, f.fs, 20)(request, event);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: expect.stringMatching(/not ready after 0 seconds, so nothing was saved/),
      },
    });
    expect(f.dialog.chooseSavePath).not.toHaveBeenCalled();
    expect(f.written).toHaveLength(0);
    expect(f.disposed).toHaveBeenCalledOnce();
  });

  it('reports a failed print with its reason and frees the hidden window', async () => {
    const f = fakes({ load: async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) });
    const result = await createPrintToPdfHandler(f.make, f.dialog, f.fs)(request, event);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /could not be made \(ERR_FILE_NOT_FOUND\)\. Nothing was saved/,
    );
    expect(f.disposed).toHaveBeenCalledOnce();
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const f = fakes({}, null);
    const result = await createPrintToPdfHandler(f.make, f.dialog, f.fs)(request, event);
    expect(result).toEqual({ ok: true, value: { saved: false, location: null } });
    expect(f.written).toHaveLength(0);
  });
});

describe('the hidden print window', () => {
  it('serves the HTML through the app:// protocol, prints it, then destroys the window and forgets the document', async () => {
    const calls: string[] = [];
    let destroyed = false;
    const win: HiddenWindow = {
      webContents: {
        loadURL: async (url) => void calls.push(`load ${url}`),
        printToPDF: async () => (calls.push('print'), PDF),
      },
      isDestroyed: () => destroyed,
      destroy: () => (destroyed = true),
    };
    const documents = new PrintDocuments();
    const surface = createPrintSurfaceFactory(
      () => win,
      documents,
      () => 'n1',
    )();
    await surface.load('<p>x</p>');
    expect(documents.lookup('/__print/n1.html')).toBe('<p>x</p>');
    expect(
      await surface.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    ).toBe(PDF);
    surface.dispose();
    expect(calls).toEqual(['load app://parley/__print/n1.html', 'print']);
    expect(destroyed).toBe(true);
    expect(documents.lookup('/__print/n1.html')).toBeUndefined();
  });
});
