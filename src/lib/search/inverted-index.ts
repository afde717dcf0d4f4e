/**
 * The inverted index built from the slim records when search is first used (shipping it prebuilt would
 * multiply the download — docs/search.md). Each token maps to postings `doc << 6 | fields`, one per document,
 * the field bits telling where the token occurs. CJK bigrams of two BMP characters are keyed by their char
 * codes (nested maps of small integers), so building allocates no string per bigram: this is the one
 * noticeable cost of first use at 10,000 records.
 */
import type { SearchRecord } from './records.ts';
import { forEachToken, isCjkCode, normalize } from './tokenize.ts';

/** Field bits, in ranking order: symptoms weigh most, then title, causes, fixes, categories/technologies, the rest. */
export const FIELD = { s: 1, t: 2, c: 4, f: 8, g: 16, x: 32 } as const;
export type FieldKey = keyof typeof FIELD;
export const FIELD_WEIGHT: Record<number, number> = { 1: 10, 2: 8, 4: 6, 8: 5, 16: 3, 32: 1 };

/** Token of a category id in the index (cannot collide with text tokens: those hold no control characters). */
export const categoryToken = (id: string) => `\u0001${id}`;

export interface InvertedIndex {
  /** Postings of one token (as tokensOf makes them), or undefined. */
  lookup(token: string): number[] | undefined;
  /** Postings of the bigrams that start with one BMP CJK character (the first keystroke of a Chinese query). */
  pairsStartingWith(char: string): number[][];
  /** Latin words, sorted, for prefix lookups (built on first use). */
  words(): string[];
  size: number;
}

const isBmpPair = (t: string) => t.length === 2 && isCjkCode(t.charCodeAt(0)) && isCjkCode(t.charCodeAt(1));

export function buildInvertedIndex(records: SearchRecord[]): InvertedIndex {
  const strings = new Map<string, number[]>();
  const pairs = new Map<number, Map<number, number[]>>();
  let doc = 0, bit = 0;
  const push = (list: number[]) => {
    const last = list[list.length - 1];
    if (last >>> 6 === doc) list[list.length - 1] = last | bit;
    else list.push((doc << 6) | bit);
  };
  const addString = (token: string) => {
    const list = strings.get(token);
    if (list) push(list);
    else strings.set(token, [(doc << 6) | bit]);
  };
  const addPair = (a: number, b: number) => {
    let inner = pairs.get(a);
    if (!inner) pairs.set(a, (inner = new Map()));
    const list = inner.get(b);
    if (list) push(list);
    else inner.set(b, [(doc << 6) | bit]);
  };
  const addToken = (t: string) => (isBmpPair(t) ? addPair(t.charCodeAt(0), t.charCodeAt(1)) : addString(t));
  /**
   * One pass over char codes for ASCII words and BMP CJK bigrams (ASCII, general and CJK punctuation separate
   * them, as in forEachToken); any other character sends the whole
   * string through forEachToken as well (adding a token twice for one document and field changes nothing).
   */
  const addText = (text: string, b: number) => {
    bit = b;
    const s = normalize(text);
    let prev = -1, runLength = 0, wordStart = -1;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? s.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (runLength === 1) addString(s[i - 1]);
        runLength = 0;
        if (wordStart < 0) wordStart = i;
      } else if (c < 0x80 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x301f)) {
        if (runLength === 1) addString(s[i - 1]);
        runLength = 0;
        if (wordStart >= 0) { addString(s.slice(wordStart, i)); wordStart = -1; }
      } else if (c >= 0x3040 && c <= 0xfaff && isCjkCode(c)) {
        if (wordStart >= 0) { addString(s.slice(wordStart, i)); wordStart = -1; }
        if (runLength > 0) addPair(prev, c);
        prev = c;
        runLength++;
      } else {
        forEachToken(s, addToken);
        return;
      }
    }
  };
  records.forEach((r, d) => {
    doc = d;
    for (const s of r.s) addText(s, FIELD.s);
    addText(r.t, FIELD.t);
    for (const c of r.c) addText(c, FIELD.c);
    for (const f of r.f) addText(f, FIELD.f);
    bit = FIELD.g;
    for (const g of r.g) addString(categoryToken(g));
    for (const k of r.k) addText(k, FIELD.g);
    addText(r.x, FIELD.x);
  });
  let sorted: string[] | null = null;
  return {
    size: records.length,
    pairsStartingWith: (char) => [...(pairs.get(char.charCodeAt(0))?.values() ?? [])],
    lookup: (token) => (isBmpPair(token) ? pairs.get(token.charCodeAt(0))?.get(token.charCodeAt(1)) : strings.get(token)),
    words() {
      sorted ??= [...strings.keys()].filter((t) => /^[\p{L}\p{N}]/u.test(t) && !isCjkCode(t.codePointAt(0)!)).sort();
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
