import { strFromU8, unzipSync } from 'fflate';

import { FIXTURE_GENERATED_AT, fixtureSession } from '#fixtures/export/fixtureSession';
import type { AgreementPart } from '#shared/export/agreementPart';
import { writeUpDocument } from '#shared/export/layout';
import { toDocx } from '#shared/export/toDocx';
import { toHtml } from '#shared/export/toHtml';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildWriteUp } from '#shared/export/writeUp';

/** Every export format's visible text for the fixture session carrying this agreement part. */
export async function exportTexts(agreement: AgreementPart, anonymise = false) {
  const data = fixtureSession();
  data.agreement = agreement;
  const doc = writeUpDocument(
    buildWriteUp(data, {
      anonymise,
      includePrivateNotes: false,
      generatedAt: FIXTURE_GENERATED_AT,
    }),
  );
  const docx = unzipSync(await toDocx(doc));
  const word = strFromU8(docx['word/document.xml']!)
    .split(/<w:t(?: [^>]*)?>/)
    .slice(1)
    .map((part) => part.split('</w:t>')[0])
    .join('');
  const html = new DOMParser().parseFromString(toHtml(doc), 'text/html').body.textContent ?? '';
  return { markdown: toMarkdown(doc).replace(/\\/g, ''), html, word };
}
