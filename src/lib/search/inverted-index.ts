/**
 * The inverted index built from the slim records when search is first used (≈ 0.2 s for 10,000 records in
 * chromium; shipping it prebuilt would double the download — docs/search.md). Each token maps to postings
 * `doc << 6 | fields`, one per document, the field bits telling where the token occurs.
 */
import type { SearchRecord } from './records.ts';
import { forEachToken, normalize } from './tokenize.ts';

/** Field bits, in ranking order: symptoms weigh most, then title, causes, fixes, categories/technologies, the rest. */
export const FIELD = { s: 1, t: 2, c: 4, f: 8, g: 16, x: 32 } as const;
export type FieldKey = keyof typeof FIELD;
export const FIELD_WEIGHT: Record<number, number> = { 1: 10, 2: 8, 4: 6, 8: 5, 16: 3, 32: 1 };

/** Token of a category id in the index (cannot collide with text tokens: those hold no control characters). */
export const categoryToken = (id: string) => `\u0001${id}`;

export interface InvertedIndex {
  postings: Map<string, number[]>;
  /** Latin words, sorted, for prefix lookups (built on first use). */
  words(): string[];
  size: number;
}

export function buildInvertedIndex(records: SearchRecord[]): InvertedIndex {
  const postings = new Map<string, number[]>();
  const add = (token: string, doc: number, bit: number) => {
    const list = postings.get(token);
    if (!list) postings.set(token, [(doc << 6) | bit]);
    else {
      const last = list[list.length - 1];
      if (last >>> 6 === doc) list[list.length - 1] = last | bit;
      else list.push((doc << 6) | bit);
    }
  };
  let doc = 0, bit = 0;
  const emit = (token: string) => add(token, doc, bit);
  const addText = (text: string, d: number, b: number) => {
    doc = d;
    bit = b;
    forEachToken(normalize(text), emit);
  };
  records.forEach((r, d) => {
    doc = d;
    for (const s of r.s) addText(s, d, FIELD.s);
    addText(r.t, d, FIELD.t);
    for (const c of r.c) addText(c, d, FIELD.c);
    for (const f of r.f) addText(f, d, FIELD.f);
    for (const g of r.g) add(categoryToken(g), d, FIELD.g);
    for (const k of r.k) addText(k, d, FIELD.g);
    addText(r.x, d, FIELD.x);
  });
  let sorted: string[] | null = null;
  return {
    postings,
    size: records.length,
    words() {
      sorted ??= [...postings.keys()].filter((t) => /^[\p{L}\p{N}]/u.test(t) && !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t)).sort();
      return sorted;
    },
  };
}

/** Words of the index that start with prefix (at most limit, shortest first so whole words come first). */
export function wordsWithPrefix(index: InvertedIndex, prefix: string, limit = 64): string[] {
  const words = index.words();
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < words.length && words[i].startsWith(prefix); i++) out.push(words[i]);
  return out.length > limit ? out.sort((a, b) => a.length - b.length).slice(0, limit) : out;
}
