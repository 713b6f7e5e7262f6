// Open questions of several groups, merged: questions that say nearly the same thing are put
// together (docs/synthesis.md, "Open questions"). Simple text similarity — the share of the
// meaningful words two questions have in common — is enough for a person to check, and every
// grouping is shown with its members so the organiser can split any of them apart.

export interface QuestionItem {
  /** Unique across the away day (`<sessionId>:<cardId>`), so a split can name it. */
  key: string;
  text: string;
  /** The group (session) that parked it. */
  group: string;
}

export interface QuestionCluster {
  items: QuestionItem[];
  /** The lowest similarity that joined the cluster (1 for a single question). */
  similarity: number;
}

/** Two questions sharing at least this share of their words are put together. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

// Words that carry no topic: two questions sharing only these are not alike.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been by can could do does for from has have how i if in is it its of ' +
    'on or our should so that the their them there they this to us was we were what when where ' +
    'which who whom whose why will with would you your'
  ).split(' '),
);

/** The meaningful words of a text: lower case, accents and punctuation gone, a plural "s" trimmed. */
export function wordsOf(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words);
}

/** Jaccard similarity of two questions' meaningful words (0 = nothing shared, 1 = the same). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups questions whose similarity reaches the threshold (a question joins a cluster when it is
 * close to any member). Questions named in `apart` were split off by a person and stand alone.
 * Clusters, and questions inside them, keep the order they were given in.
 */
export function groupNearDuplicates(
  items: readonly QuestionItem[],
  options: { apart?: ReadonlySet<string>; threshold?: number } = {},
): QuestionCluster[] {
  const threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
  const apart = options.apart ?? new Set<string>();
  const words = items.map((i) => wordsOf(i.text));
  const parent = items.map((_, i) => i);
  const weakest = items.map(() => 1);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    if (apart.has(items[i]!.key)) continue;
    for (let j = 0; j < i; j++) {
      if (apart.has(items[j]!.key)) continue;
      const s = similarity(words[i]!, words[j]!);
      if (s < threshold) continue;
      const [ri, rj] = [root(i), root(j)];
      if (ri === rj) continue;
      const [keep, join] = ri < rj ? [ri, rj] : [rj, ri];
      parent[join] = keep;
      weakest[keep] = Math.min(weakest[keep]!, weakest[join]!, s);
    }
  }
  const clusters = new Map<number, QuestionCluster>();
  items.forEach((item, i) => {
    const r = root(i);
    const cluster = clusters.get(r) ?? { items: [], similarity: weakest[r]! };
    cluster.items.push(item);
    clusters.set(r, cluster);
  });
  return [...clusters.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, c]) => ({ ...c, similarity: weakest[r]! }));
}
