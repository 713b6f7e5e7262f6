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
