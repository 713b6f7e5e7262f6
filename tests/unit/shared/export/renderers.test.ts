import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  CONTROL_CHARACTER,
  FIXTURE_GENERATED_AT,
  fixtureSession,
  HOSTILE,
} from '#fixtures/export/fixtureSession';
import { escapeMarkdown } from '#shared/export/escape';
import { writeUpDocument } from '#shared/export/layout';
import { toHtml } from '#shared/export/toHtml';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildWriteUp } from '#shared/export/writeUp';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/** Compares with the committed golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden(name)))
    writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

const doc = (options: { anonymise?: boolean; includePrivateNotes?: boolean } = {}) =>
  writeUpDocument(
    buildWriteUp(fixtureSession(), {
      anonymise: false,
      includePrivateNotes: false,
      ...options,
      generatedAt: FIXTURE_GENERATED_AT,
    }),
  );

describe('Markdown export', () => {
  it('matches the golden file for the fixture session', () =>
    expectGolden('fixture.md', toMarkdown(doc())));

  it('escapes markup and Markdown specials so they read literally', () => {
    const md = toMarkdown(doc());
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(md).toContain(
      '\\# not a heading \\*not bold\\* \\[link\\](http\\://x) \\| pipe \\`code\\` 1. not a list',
    );
    expect(md).not.toMatch(CONTROL_CHARACTER);
  });

  it('neutralises bare links, so a viewer never makes card text clickable', () => {
    const escaped = escapeMarkdown(
      'See https://evil.example/login, www.evil.example or write to help@evil.example',
    );
    expect(escaped).toBe(
      'See https\\://evil.example/login, www\\.evil.example or write to help\\@evil.example',
    );
    // What GFM's autolink extension looks for, in one run of unescaped text, is gone.
    const runs = escaped.split(/\\./);
    for (const run of runs) expect(run).not.toMatch(/[a-z]:\/\/|www\.|\w@\w/i);
  });
});

describe('HTML export', () => {
  it('matches the golden file for the fixture session', () =>
    expectGolden('fixture.html', toHtml(doc())));

  it('turns every piece of markup in user text into entities', () => {
    const html = toHtml(doc());
    expect(html).not.toContain(HOSTILE.script);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).not.toMatch(CONTROL_CHARACTER);
  });

  it('is print-ready: page size, page numbers and a title page that breaks to a new page', () => {
    const html = toHtml(doc());
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('counter(page)');
    expect(html).toMatch(/\.title-page \{[^}]*break-after: page/);
  });
});

describe('export options', () => {
  it('leaves the facilitator’s private notes out unless asked', () => {
    expect(toMarkdown(doc())).not.toContain('invite him in');
    expect(toMarkdown(doc({ includePrivateNotes: true }))).toContain(
      'Ben is quiet — invite him in.',
    );
  });

  it('anonymises people consistently in points and in the agreement, and keeps the parties named (444ba54 renamed parties and dropped the party from “name, party”)', () => {
    const md = toMarkdown(doc({ anonymise: true }));
    expect(md).not.toMatch(/Ana Ruiz|Ben Okafor/);
    expect(md).toContain('Question · Participant A, Residents’ forum');
    expect(md).toContain('Evidence · Participant B, City council · 4 votes');
    expect(md).toContain('Assent: City council (agrees)');
    expect(md).toContain('Open contest (Residents’ forum)');
    expect(md).toContain('City council — 4 — support (Participant B)');
    expect(md).toContain(
      'Residents’ forum — 2 — reservations that need discussing (Participant A)',
    );
    expect(md).toContain('Owner: Participant A');
  });

  it('shows surprising conclusions, numbered clauses and planned against actual times', () => {
    const md = toMarkdown(doc());
    expect(md).toContain('- **Surprising:** Citizens want to be asked, not told');
    expect(md).toContain('**1.2** Residents are asked first.');
    expect(md).toContain('| Framing | 15 min | 18 min |');
    expect(md).toContain('| Three lenses | 1 h 30 min | — |');
  });

  it('leaves out the sections a session does not have', () => {
    const bare = fixtureSession();
    delete bare.agreement;
    delete bare.stagePlan;
    delete bare.groups;
    const md = toMarkdown(
      writeUpDocument(
        buildWriteUp(bare, {
          anonymise: false,
          includePrivateNotes: true,
          generatedAt: FIXTURE_GENERATED_AT,
        }),
      ),
    );
    expect(md).not.toMatch(/Agreement draft|Stage plan|## Groups/);
    expect(md).toContain('## Conclusions');
  });
});
