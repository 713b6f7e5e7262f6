import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

// Whoever clones Parley must be able to read everything its code and docs point at: the project
// cites only its own docs/ (docs/architecture.md, "Where things live"). The team's working notes
// outside the repository are spelt here in pieces, so this file does not cite them either.
const DESIGN_NOTES = 'ARCHI' + 'TECTURE';
const DOMAIN_NOTES = 'FACILI' + 'TATION';

const OUTSIDE_CITATIONS: readonly RegExp[] = [
  new RegExp(`\\b${DESIGN_NOTES}\\b`),
  // A word boundary after the name lets code identifiers such as …_COMMANDS through.
  new RegExp(`\\b${DOMAIN_NOTES}(\\.md)?\\b`),
  /\borigin[- ](blog[- ])?post\b/i,
  /\bkept beside the repository\b/i,
  /\/work\/shared\b/,
];

/** The section a comment cites, e.g. docs/architecture.md, "Layers". */
const SECTION_CITATION = /\b(architecture|facilitation)\.md,? "([^"]+)"/g;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(f));
}

function isText(file: string): boolean {
  return !/\.(png|jpe?g|gif|ico|icns|svg|woff2?|docx|pdf|zip)$/i.test(file);
}

/** Lines citing a document outside the repository, as "file:line: text". */
function outsideCitations(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      OUTSIDE_CITATIONS.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

/** A section name as cited, joined again where a comment wrapped it onto the next line. */
function unwrap(cited: string): string {
  return cited.replace(/\s*\n\s*(\/\/|\*|#)?\s*/g, ' ');
}

function headings(doc: string): Set<string> {
  const text = readFileSync(join('docs', `${doc}.md`), 'utf8');
  return new Set([...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.trim()));
}

/** Relative Markdown links that leave the repository or point at nothing. */
function brokenLinks(file: string, text: string): string[] {
  const broken: string[] = [];
  // An escaped bracket (`\]`, as the Markdown export writes user text) starts no link.
  for (const [, target] of text.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:|#)/.test(target!)) continue;
    const path = normalize(join(dirname(file), target!.split('#')[0]!));
    if (relative('.', path).startsWith('..') || !existsSync(path))
      broken.push(`${file}: ${target}`);
  }
  return broken;
}

describe('the repository cites only itself', () => {
  const files = trackedFiles().filter(isText);
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

  it('has no tracked file citing the team notes kept outside it', () => {
    const found = [...texts].flatMap(([file, text]) => outsideCitations(file, text));
    expect(found).toEqual([]);
  });

  it('would catch such a citation, in code or in docs', () => {
    for (const line of [
      `// Layers as in ${DESIGN_NOTES} §2.`,
      `See ${DOMAIN_NOTES}.md for the lenses.`,
      'As the origin ' + 'post says.',
      'The design is kept beside the ' + 'repository.',
    ])
      expect(outsideCitations('x.ts', line)).toHaveLength(1);
    expect(outsideCitations('x.ts', `const ${DOMAIN_NOTES}_COMMANDS = [];`)).toEqual([]);
  });

  it('names, wherever it cites a section of its docs, a section that exists', () => {
    const sections = {
      architecture: headings('architecture'),
      facilitation: headings('facilitation'),
    };
    const missing = [...texts].flatMap(([file, text]) =>
      [...text.matchAll(SECTION_CITATION)]
        .filter(([, doc, section]) => !sections[doc as keyof typeof sections].has(unwrap(section!)))
        .map(([citation]) => `${file}: ${citation}`),
    );
    expect(missing).toEqual([]);
  });

  it('links, in its Markdown, only to files inside the repository that exist', () => {
    const broken = [...texts]
      .filter(([file]) => file.endsWith('.md'))
      .flatMap(([file, text]) => brokenLinks(file, text));
    expect(broken).toEqual([]);
  });
});
