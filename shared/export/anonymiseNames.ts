/**
 * "Anonymise participants" in exports: every participant's name becomes "Participant A",
 * "Participant B"… wherever it appears — in who raised a card, and in the free text people typed
 * (cards, group names, private notes, clauses, objections). One label per person, given in order
 * of first appearance, so "Participant B" in a note is the Participant B who raised a card.
 * The backup is never passed through here: it is a full copy (docs/exports.md).
 */
export interface NameAnonymiser {
  /** The label for a person, given as a name or an attribution ("Name, Party"). */
  label(who: string): string;
  /** The text with every participant's name, first name or surname replaced by their label. */
  text(text: string): string;
}

/** Said in place of a first name or surname two participants share: it names nobody. */
const SHARED_PART = 'a participant';

export function nameAnonymiser(participantNames: readonly string[]): NameAnonymiser {
  const names = [...new Set(participantNames.map((n) => n.trim()).filter(Boolean))];
  const labels = new Map<string, string>();
  const labelOf = (key: string) => {
    let label = labels.get(key);
    if (!label) {
      const n = labels.size;
      label = `Participant ${n < 26 ? String.fromCharCode(65 + n) : n + 1}`;
      labels.set(key, label);
    }
    return label;
  };
  // A person is found by their full name (any case), or by one of its words written as a name.
  const patterns = namePatterns(names);

  return {
    label(who) {
      const person = names.find((n) => who === n || who.startsWith(`${n}, `));
      return labelOf(person ?? who);
    },
    text(text) {
      let out = text;
      for (const { pattern, person } of patterns)
        out = out.replace(pattern, () => (person === null ? SHARED_PART : labelOf(person)));
      return out;
    },
  };
}

interface NamePattern {
  pattern: RegExp;
  /** Whose name it is; null for a word two participants' names share. */
  person: string | null;
}

function namePatterns(names: readonly string[]): NamePattern[] {
  const owners = new Map<string, Set<string>>();
  for (const name of names)
    for (const part of name.split(/\s+/))
      if (part.length >= 2 && !names.includes(part))
        owners.set(part, (owners.get(part) ?? new Set()).add(name));
  // Longest first, so "Ana Ruiz" is replaced whole before "Ana" could be.
  const full = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => ({ pattern: wordPattern(name, 'giu'), person: name }));
  const parts = [...owners]
    .sort(([a], [b]) => b.length - a.length)
    .map(([part, who]) => ({
      pattern: wordPattern(part, 'gu'),
      person: who.size === 1 ? [...who][0]! : null,
    }));
  return [...full, ...parts];
}

/** The literal text as a whole word: not inside a longer word ("Ana" is not in "Banana"). */
function wordPattern(literal: string, flags: string): RegExp {
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}
