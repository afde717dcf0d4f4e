/**
 * Related incidents: scored by what two postmortems share, and explained ("same cause: rebalance",
 * "also kafka + consumer lag"). An inverted index built once per site makes each lookup cost the size of the
 * buckets it touches, not the number of postmortems, so 10,000 pages stay cheap.
 */
export interface RelatedInput {
  categories: readonly string[];
  technologies: readonly string[];
  /** Symptom concept ids (see concepts.ts). */
  terms: readonly string[];
}

export interface RelatedMatch {
  index: number;
  score: number;
  categories: string[];
  technologies: string[];
  terms: string[];
}

export const WEIGHTS = { category: 3, technology: 2, term: 1 } as const;
/** Categories that say nothing about likeness. */
const IGNORED_CATEGORIES = new Set(['unknown']);

type Kind = keyof typeof WEIGHTS;
const FIELDS: Record<Kind, keyof RelatedInput> = { category: 'categories', technology: 'technologies', term: 'terms' };

export interface RelatedIndex {
  relatedTo(index: number, limit?: number): RelatedMatch[];
}

/** Builds the index over items (their positions are the ids); ties go to the nearest position (nearest in time). */
export function buildRelatedIndex(items: readonly RelatedInput[], minScore = 2): RelatedIndex {
  const buckets = new Map<string, number[]>();
  const keysOf = (item: RelatedInput) =>
    (Object.keys(FIELDS) as Kind[]).flatMap((kind) =>
      [...new Set(item[FIELDS[kind]])].filter((v) => !(kind === 'category' && IGNORED_CATEGORIES.has(v))).map((v) => ({ kind, v, key: `${kind}\u0000${v}` })),
    );
  items.forEach((item, i) => {
    for (const { key } of keysOf(item)) {
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = []));
      b.push(i);
    }
  });
  const scores = new Float64Array(items.length);
  return {
    relatedTo(index, limit = 5) {
      const touched: number[] = [];
      for (const { kind, key } of keysOf(items[index])) {
        for (const j of buckets.get(key) ?? []) {
          if (j === index) continue;
          if (scores[j] === 0) touched.push(j);
          scores[j] += WEIGHTS[kind];
        }
      }
      // top `limit` by one pass with a small sorted buffer (no full sort of thousands of candidates)
      const better = (a: number, b: number) => scores[a] - scores[b] || Math.abs(b - index) - Math.abs(a - index) || b - a;
      const top: number[] = [];
      for (const j of touched) {
        if (scores[j] < minScore || (top.length === limit && better(j, top[limit - 1]) <= 0)) continue;
        let k = Math.min(top.length, limit - 1);
        top[k] = j;
        while (k > 0 && better(top[k], top[k - 1]) > 0) [top[k], top[k - 1]] = [top[k - 1], top[k]], k--;
      }
      const best = top.map((j) => explainPair(items[index], items[j], j, scores[j]));
      for (const j of touched) scores[j] = 0;
      return best;
    },
  };
}

function explainPair(a: RelatedInput, b: RelatedInput, index: number, score: number): RelatedMatch {
  const shared = (k: keyof RelatedInput) => a[k].filter((v, i, all) => b[k].includes(v) && all.indexOf(v) === i);
  return { index, score, categories: shared('categories').filter((c) => !IGNORED_CATEGORIES.has(c)), technologies: shared('technologies'), terms: shared('terms') };
}

/** Reasons as short phrases: "same cause: Rebalance / coordination", "also kafka + consumer lag". */
export function explainRelated(
  match: Pick<RelatedMatch, 'categories' | 'technologies' | 'terms'>,
  names: { category: (id: string) => string; technology: (id: string) => string; term: (id: string) => string },
  words: { sameCause: string; also: string } = { sameCause: 'same cause', also: 'also' },
): string[] {
  const reasons = match.categories.map((c) => `${words.sameCause}: ${names.category(c)}`);
  const also = [...match.technologies.map(names.technology), ...match.terms.map(names.term)];
  if (also.length) reasons.push(`${words.also} ${also.join(' + ')}`);
  return reasons;
}
