/**
 * The inverted index: postings `doc << 6 | fields` per token, one per document, the field bits telling where
 * the token occurs. It is built at build time and shipped packed inside /search-index.txt (packInvertedIndex:
 * sorted tokens, delta-encoded postings as base-64 varint strings), so the browser only parses JSON and decodes
 * the postings of the tokens a query touches (unpackInvertedIndex). Building it in the page instead costs
 * ≈ 230–320 ms at 10,000 records — the bulk of first use (docs/search.md has the numbers); buildInvertedIndex
 * is still the fallback for an index file without the packed form. CJK bigrams of two BMP characters are keyed
 * by their char codes while building (nested maps of small integers), so building allocates no string per bigram.
 */
import type { RecordList, SearchRecord } from './records.ts';
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
  /** Packed index: decodes postings not yet looked up while hasTime() (idle time); true once all are. */
  decodeSome?(hasTime: () => boolean): boolean;
  size: number;
}

const isBmpPair = (t: string) => t.length === 2 && isCjkCode(t.charCodeAt(0)) && isCjkCode(t.charCodeAt(1));

/** Token → postings, as the build collects them (pair tokens under their char codes). */
interface Collected {
  strings: Map<string, number[]>;
  pairs: Map<number, Map<number, number[]>>;
}

function collect(records: RecordList): Collected {
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
  for (let d = 0; d < records.length; d++) {
    const r: SearchRecord = records.at(d)!;
    doc = d;
    for (const s of r.s) addText(s, FIELD.s);
    addText(r.t, FIELD.t);
    for (const c of r.c) addText(c, FIELD.c);
    for (const f of r.f) addText(f, FIELD.f);
    bit = FIELD.g;
    for (const g of r.g) addString(categoryToken(g));
    for (const k of r.k) addText(k, FIELD.g);
    addText(r.x, FIELD.x);
  }
  return { strings, pairs };
}

export function buildInvertedIndex(records: RecordList): InvertedIndex {
  const { strings, pairs } = collect(records);
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

/**
 * The index as shipped: tokens sorted (as Array.prototype.sort orders strings), and per token its postings —
 * `gaps[i]`: doc gaps − 1, each a little-endian base-32 varint written in a base-64 alphabet (a digit with more to
 * follow is drawn from the alphabet's second half); `bits[i]`: the field bits as one alphabet character per
 * posting, or a single character when every posting has the same bits (most tokens: body-only words).
 */
export interface PackedIndex {
  tokens: string[];
  gaps: string[];
  bits: string[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Int8Array(128);
for (let i = 0; i < 64; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

export function packInvertedIndex(records: RecordList): PackedIndex {
  const { strings, pairs } = collect(records);
  const all = new Map(strings);
  for (const [a, inner] of pairs) for (const [b, list] of inner) all.set(String.fromCharCode(a, b), list);
  const tokens = [...all.keys()].sort();
  const gaps: string[] = [], bits: string[] = [];
  for (const token of tokens) {
    const list = all.get(token)!;
    const g: string[] = [], f: string[] = [];
    let prev = -1, same = true;
    for (const e of list) {
      const doc = e >>> 6;
      let v = doc - prev - 1;
      prev = doc;
      while (v >= 32) { g.push(ALPHABET[32 + (v & 31)]); v >>>= 5; }
      g.push(ALPHABET[v]);
      f.push(ALPHABET[e & 63]);
      if ((e & 63) !== (list[0] & 63)) same = false;
    }
    gaps.push(g.join(''));
    bits.push(same ? f[0] : f.join(''));
  }
  return { tokens, gaps, bits };
}

/** The index over a packed one: lookups by binary search, postings decoded on first lookup of each token. */
export function unpackInvertedIndex(packed: PackedIndex, size: number): InvertedIndex {
  const { tokens, gaps, bits } = packed;
  const decoded: (number[] | undefined)[] = new Array(tokens.length);
  const find = (token: string) => {
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid] < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const postings = (i: number): number[] => {
    let list = decoded[i];
    if (list) return list;
    list = [];
    const g = gaps[i], f = bits[i];
    const constant = f.length === 1 ? DIGIT[f.charCodeAt(0)] : -1;
    let doc = -1, v = 0, shift = 0;
    for (let k = 0; k < g.length; k++) {
      const d = DIGIT[g.charCodeAt(k)];
      if (d >= 32) { v |= (d & 31) << shift; shift += 5; continue; }
      doc += (v | (d << shift)) + 1;
      list.push((doc << 6) | (constant >= 0 ? constant : DIGIT[f.charCodeAt(list.length)]));
      v = 0;
      shift = 0;
    }
    return (decoded[i] = list);
  };
  let sorted: string[] | null = null, next = 0;
  return {
    size,
    decodeSome(hasTime) {
      while (next < tokens.length && hasTime()) for (const end = Math.min(tokens.length, next + 64); next < end; next++) postings(next);
      return next >= tokens.length;
    },
    lookup(token) {
      const i = find(token);
      return tokens[i] === token ? postings(i) : undefined;
    },
    pairsStartingWith(char) {
      const out: number[][] = [];
      if (char.length !== 1 || !isCjkCode(char.charCodeAt(0))) return out;
      for (let i = find(char); i < tokens.length && tokens[i][0] === char; i++) if (isBmpPair(tokens[i])) out.push(postings(i));
      return out;
    },
    words() {
      sorted ??= tokens.filter((t) => /^[\p{L}\p{N}]/u.test(t) && !isCjkCode(t.codePointAt(0)!));
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
