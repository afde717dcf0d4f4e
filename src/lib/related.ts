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

/**
 * Builds the index over items (their positions are the ids); ties go to the nearest position (nearest in time),
 * then to the lower position.
 *
 * Each item's categories, technologies and symptom terms are kept as bit sets (one bit per distinct value of
 * the site), so scoring a candidate is a few ANDs and bit counts, without strings or maps. Categories and terms
 * are few and each is shared by a large part of the site (a bucket per value would hold thousands of
 * postmortems), so a lookup scores every postmortem, walking outwards from the item's position: a candidate
 * only enters the top `limit` when it scores more than the last one, because every earlier one is nearer.
 */
export function buildRelatedIndex(items: readonly RelatedInput[], minScore = 2): RelatedIndex {
  const n = items.length;
  // one row of 32-bit words per item: the words of its categories, then technologies, then terms
  const layout = (Object.keys(FIELDS) as Kind[]).map((kind) => {
    const ids = new Map<string, number>();
    for (const item of items) for (const v of item[FIELDS[kind]]) if (!ids.has(v) && !(kind === 'category' && IGNORED_CATEGORIES.has(v))) ids.set(v, ids.size);
    return { kind, ids, words: Math.max(1, Math.ceil(ids.size / 32)) };
  });
  const width = layout.reduce((w, l) => w + l.words, 0);
  const weight = new Int32Array(layout.flatMap((l) => Array<number>(l.words).fill(WEIGHTS[l.kind])));
  const bits = new Int32Array(n * width);
  items.forEach((item, i) => {
    let offset = i * width;
    for (const { kind, ids, words } of layout) {
      for (const v of item[FIELDS[kind]]) {
        const id = ids.get(v);
        if (id !== undefined) bits[offset + (id >>> 5)] |= 1 << (id & 31);
      }
      offset += words;
    }
  });
  const mine = new Int32Array(width);
  /** Shared values of `mine` and item j, weighted (branch-free bit counts: most words share one bit or none). */
  const score = (j: number) => {
    let total = 0;
    for (let w = 0, row = j * width; w < width; w++) total += bitCount(mine[w] & bits[row + w]) * weight[w];
    return total;
  };
  return {
    relatedTo(index, limit = 5) {
      mine.set(bits.subarray(index * width, (index + 1) * width));
      const top: number[] = [];
      const topScores: number[] = [];
      // nobody scores more than the item against itself: a full top at that score cannot change any more
      const ceiling = score(index);
      let last = minScore - 1; // a candidate must score more than this to enter the top
      const consider = (j: number) => {
        const s = score(j);
        if (s <= last) return;
        let k = top.length;
        while (k > 0 && topScores[k - 1] < s) k--;
        top.splice(k, 0, j);
        topScores.splice(k, 0, s);
        if (top.length > limit) top.pop(), topScores.pop();
        if (top.length === limit) last = topScores[limit - 1];
      };
      for (let d = 1; d < n && last < ceiling; d++) {
        if (index - d >= 0) consider(index - d);
        else if (index + d >= n) break;
        if (index + d < n) consider(index + d);
      }
      return top.map((j, k) => explainPair(items[index], items[j], j, topScores[k]));
    },
  };
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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
