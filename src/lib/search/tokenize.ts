/**
 * Search tokens, shared by the index (built in the browser or in Node) and the query. Text is normalised with
 * NFKC + lowercase (full-width → half-width), then split into runs:
 * - CJK runs (Han, kana, hangul) become overlapping character bigrams (消费延迟 → 消费 费延 延迟); a lone
 *   character stays a unigram. Bigrams need no dictionary and keep domain words (数据库, 连接池) findable, which
 *   Intl.Segmenter('zh') does not (it splits 数据|库, 宕|机).
 * - Latin runs become words of letters and digits (kafka-python → kafka, python); the query side matches them
 *   as prefixes.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|([\p{L}\p{N}]+)/gu;

/** Characters NFKC may change (checked against every BMP code point in the tests); CJK ideographs are not. */
const NFKC_MAY_CHANGE = /[\u00a0-\u2fff\u3000\u3036\u3038-\u303a\u3099-\u309f\u30a0\u30ff\u3131-\u33ff\ua000-\uabff\ud800-\udfff\uf900-\uffff]/;

/** NFKC + lowercase; NFKC is skipped for text it cannot change (most of it: a hot path when indexing). */
export function normalize(text: string): string {
  return NFKC_MAY_CHANGE.test(text) ? text.normalize('NFKC').toLowerCase() : text.toLowerCase();
}

export const isCjk = (ch: string): boolean => CJK.test(ch);

export interface Run {
  text: string;
  cjk: boolean;
  /** Offset in the normalised string. */
  start: number;
}

/** Word and CJK runs of an already normalised string, in order. */
export function splitRuns(normalised: string): Run[] {
  const runs: Run[] = [];
  for (const m of normalised.matchAll(RUN)) runs.push({ text: m[0], cjk: m[1] !== undefined, start: m.index });
  return runs;
}

/** Bigrams of a CJK run; a one-character run is its own token. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

const WORD_OTHER = /[\p{L}\p{N}]/u;

/** Whether a code point starts or continues a CJK run. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x80 && WORD_OTHER.test(String.fromCodePoint(c)));

/**
 * Calls emit for every index token of a normalised string, in order (duplicates included). A hand-written
 * scan: the index tokenises every field of every record when search is first used, so this is the hot path.
 */
export function forEachToken(s: string, emit: (token: string) => void): void {
  let wordStart = -1, prev = '', runLength = 0;
  const endCjk = () => { if (runLength === 1) emit(prev); runLength = 0; prev = ''; };
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (isCjkCode(c)) {
      if (wordStart >= 0) { emit(s.slice(wordStart, i)); wordStart = -1; }
      const ch = width === 1 ? s[i] : s.slice(i, i + 2);
      if (runLength > 0) emit(prev + ch);
      prev = ch;
      runLength++;
    } else {
      if (runLength) endCjk();
      if (isWordCode(c)) { if (wordStart < 0) wordStart = i; }
      else if (wordStart >= 0) { emit(s.slice(wordStart, i)); wordStart = -1; }
    }
    i += width;
  }
  if (runLength) endCjk();
  if (wordStart >= 0) emit(s.slice(wordStart));
}

/** Index tokens of a normalised string (duplicates included; callers dedupe). */
export function tokensOf(normalised: string): string[] {
  const out: string[] = [];
  forEachToken(normalised, (t) => out.push(t));
  return out;
}

/** Tokens of raw text: normalise, then tokensOf. */
export const tokenize = (text: string): string[] => tokensOf(normalize(text));
