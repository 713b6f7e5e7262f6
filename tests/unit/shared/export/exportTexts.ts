import { docxText } from '#fixtures/export/docxText';
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
  const word = docxText(await toDocx(doc));
  const html = new DOMParser().parseFromString(toHtml(doc), 'text/html').body.textContent ?? '';
  return { markdown: toMarkdown(doc).replace(/\\/g, ''), html, word };
}
