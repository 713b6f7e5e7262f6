import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The full path of a command on PATH, or null where the machine lacks it. */
export function commandPath(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Lays out Word files in LibreOffice and prints each to a PDF beside it (a.docx → a.pdf), all in
 * one soffice start-up, which is most of the cost. Each run gets its own throwaway profile, so
 * parallel runs (and a desktop LibreOffice the user has open) never share one.
 */
export function convertToPdf(soffice: string, docxPaths: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'parley-soffice-'));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const decodeHex = (hex: string) =>
  String.fromCharCode(
    ...(hex.match(/..../g) ?? []).slice(hex.startsWith('FEFF') ? 1 : 0).map((h) => parseInt(h, 16)),
  );

/**
 * What a PDF says about its structure: the bookmarks (LibreOffice makes one per paragraph whose
 * style has an outline level, which is what Word's navigation pane and TOC fields list), the
 * document title and the language. Read from the file's text: LibreOffice writes these objects
 * uncompressed, titles as UTF-16 hex strings.
 */
export function pdfStructure(pdf: Buffer): {
  bookmarks: string[];
  title: string | null;
  language: string | null;
} {
  const text = pdf.toString('latin1');
  const bookmarks = [...text.matchAll(/\/Title<([0-9A-F]+)>\s*\/Dest/g)].map((m) =>
    decodeHex(m[1]!),
  );
  const title = /\/Title<([0-9A-F]+)>\s*\/Author/.exec(text)?.[1];
  return {
    bookmarks,
    title: title ? decodeHex(title) : null,
    language: /\/Lang\(([^)]*)\)/.exec(text)?.[1] ?? null,
  };
}
