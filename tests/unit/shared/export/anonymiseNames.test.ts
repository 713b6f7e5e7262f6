import { describe, expect, it } from 'vitest';

import { FIXTURE_GENERATED_AT, fixtureSession } from '#fixtures/export/fixtureSession';
import { nameAnonymiser } from '#shared/export/anonymiseNames';
import { writeUpDocument } from '#shared/export/layout';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildWriteUp } from '#shared/export/writeUp';

describe('nameAnonymiser', () => {
  it('replaces full names, first names and surnames in free text with one label per person', () => {
    const names = nameAnonymiser(['Ana Ruiz', 'Ben Okafor']);
    expect(names.label('Ben Okafor')).toBe('Participant A');
    expect(names.text('Ana Ruiz said Ben was right; ana ruiz agreed with Okafor.')).toBe(
      'Participant B said Participant A was right; Participant B agreed with Participant A.',
    );
    // An attribution with a party keeps the person's label.
    expect(names.label('Ana Ruiz, Residents')).toBe('Participant B');
  });

  it('leaves words that merely contain a name alone', () => {
    const names = nameAnonymiser(['Ana Ruiz']);
    expect(names.text('Banana analysis by Anakin')).toBe('Banana analysis by Anakin');
  });

  it('hides a first name two people share without pinning it on either', () => {
    const names = nameAnonymiser(['Ana Ruiz', 'Ana Lopez']);
    expect(names.text('Ana Lopez and Ana')).toBe('Participant A and a participant');
  });

  it('treats names as text, never as patterns', () => {
    const names = nameAnonymiser(['J. (Jo) Smith*']);
    expect(names.text('J. (Jo) Smith* spoke')).toBe('Participant A spoke');
  });
});

describe('Anonymise participants in a write-up', () => {
  it('takes names out of cards, groups, private notes, clauses and objections, consistently', () => {
    const data = fixtureSession();
    data.participantNames = ['Ana Ruiz', 'Ben Okafor'];
    data.cards[1]!.text = 'Ana Ruiz asked who gave the mandate';
    data.groups = [{ name: 'What Ben found', cardIds: ['c-1'] }];
    data.privateNotes = [{ stage: 'Framing', text: 'Ben Okafor is quiet — invite him in.' }];
    data.agreement!.sections[0]!.clauses[0]!.text = 'Ana drafts the letter.';
    data.agreement!.sections[0]!.clauses[1]!.contests[0]!.text = 'Ana Ruiz never asked us.';
    const md = toMarkdown(
      writeUpDocument(
        buildWriteUp(data, {
          anonymise: true,
          includePrivateNotes: true,
          generatedAt: FIXTURE_GENERATED_AT,
        }),
      ),
    );
    expect(md).not.toMatch(/Ana|Ruiz|Ben|Okafor/);
    expect(md).toContain('Participant A asked who gave the mandate');
    expect(md).toContain('What Participant B found');
    expect(md).toContain('Participant B is quiet');
    expect(md).toContain('Participant A drafts the letter.');
    expect(md).toContain('Participant A never asked us.');
    // The label in free text is the same as in the attribution.
    expect(md).toContain('Question · Participant A');
  });
});
