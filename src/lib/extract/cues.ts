/**
 * Cue scoring: what a sentence states (symptom, cause, fix, action item), from the weighted cue phrases of
 * cue-lexicon.ts. Every sentence of every report is scored, often twice (unit, then its clauses), so the
 * lexicon is compiled once into lookup tables — Chinese cues by their first character, Latin cues by the
 * first three letters of their first word — and a sentence is scanned once, not once per cue.
 */
import { CUES } from './cue-lexicon.ts';
import { charClass, rememberRecent } from './text.ts';

export type FactField = 'symptoms' | 'causes' | 'fixes' | 'action_items';
export const FACT_FIELDS: readonly FactField[] = ['symptoms', 'causes', 'fixes', 'action_items'];

/** `index`: the field's place in FACT_FIELDS, so that a scan sums into arrays rather than by property name. */
interface Cue { field: FactField; index: number; weight: number; needle: string; seen: number }

/**
 * Latin cues are found in the sentence's words joined by single spaces and framed by spaces: ` fix` finds
 * fix, fixed and fixes (a `*` cue), ` caused by ` only the phrase.
 */
function compile(field: FactField, term: string, weight: number): Cue & { latin: boolean } {
  // numbers ("503", "404*") are words too: found in the word frame, so English sentences are searched for them
  const latin = /[a-z0-9]/i.test(term);
  const index = FACT_FIELDS.indexOf(field);
  if (!latin) return { field, index, weight, needle: term, latin, seen: 0 };
  const stem = term.toLowerCase().replace(/\*$/, '');
  return { field, index, weight, needle: ` ${stem}${term.endsWith('*') ? '' : ' '}`, latin, seen: 0 };
}

const HAN = new Map<number, Cue[]>();
/**
 * Latin cues are looked up by the three frame characters after a space (fewer at the end of the frame). When all
 * three are ASCII — nearly always — the key is a small number built from their codes (`asciiKey`), so the scan
 * slices no string and hashes none; a key with another character stays a string.
 */
const LATIN = new Map<string, Cue[]>();
const LATIN_ASCII = new Map<number, Cue[]>();
const append = <K>(map: Map<K, Cue[]>, key: K, cue: Cue) => map.set(key, [...(map.get(key) ?? []), cue]);
for (const field of FACT_FIELDS) {
  for (const [term, weight] of CUES[field]) {
    const cue = compile(field, term, weight);
    if (!cue.latin) append(HAN, cue.needle.charCodeAt(0), cue);
    else if (asciiKey(cue.needle, 1) >= 0) append(LATIN_ASCII, asciiKey(cue.needle, 1), cue);
    else append(LATIN, cue.needle.slice(1, 4), cue);
  }
}

/**
 * Which character codes begin a Chinese cue (all are CJK, ≥ U+2E80): most characters of a sentence begin none,
 * and are passed over without a Map lookup.
 */
const HAN_FIRST = new Uint8Array(0x10000);
for (const code of HAN.keys()) HAN_FIRST[code] = 1;

/**
 * The characters at..at+2 of `text` as one number (one past the end counts 0: no frame holds a NUL), or -1 when
 * one of them is not ASCII.
 */
function asciiKey(text: string, at: number): number {
  const a = at < text.length ? text.charCodeAt(at) : 0;
  const b = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  const c = at + 2 < text.length ? text.charCodeAt(at + 2) : 0;
  return (a | b | c) > 127 ? -1 : (a << 14) | (b << 7) | c;
}

const HAS_HAN = /\p{Script=Han}/u;

/** Lowercase words of a sentence joined by single spaces, framed by spaces; Han text is kept as it is. */
export function wordFrame(text: string): string {
  const lower = text.toLowerCase();
  return asciiFrame(lower) ?? unicodeFrame(lower);
}

/**
 * The frame of an ASCII sentence (most English) in one pass, without regular expressions. Words are appended to
 * the frame as they are found: measured cheaper than collecting them and joining (a scan-sized cost per sentence).
 */
function asciiFrame(lower: string): string | null {
  let frame = ' ';
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c > 127) return null;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || (c >= 65 && c <= 90);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      frame += lower.slice(start, i) + ' ';
      start = -1;
    }
  }
  return closeFrame(frame);
}

const [OTHER, HAN_CHAR, LATIN_CHAR] = [0, 1, 2];

/**
 * The frame of other text (Chinese, curly quotes) in one pass: words are runs of word characters, and a Han
 * character next to [a-z0-9] ends one. Text with a surrogate pair (an emoji, a rare Han character) takes
 * `unicodeFrameByRegex`, the same rules over code points.
 */
function unicodeFrame(lower: string): string {
  const text = lower.replace(/[’‘]/g, "'");
  let frame = ' ';
  let start = -1;
  let before = OTHER;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return unicodeFrameByRegex(text);
    const cls = charClass(code);
    const kind = cls & 4 ? HAN_CHAR : (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? LATIN_CHAR : OTHER;
    if (!(cls & 2)) {
      if (start >= 0) frame += text.slice(start, i) + ' ';
      start = -1;
    } else if (start < 0) start = i;
    else if (before !== OTHER && kind !== OTHER && before !== kind) {
      frame += text.slice(start, i) + ' ';
      start = i;
    }
    before = kind;
  }
  if (start >= 0) frame += text.slice(start) + ' ';
  return closeFrame(frame);
}

/** A frame built word by word (' ' then each word and a space), as `words.join(' ')` framed: no words is two spaces. */
function closeFrame(frame: string): string {
  return frame.length === 1 ? '  ' : frame;
}

function unicodeFrameByRegex(spaced: string): string {
  // Han next to Latin is a word boundary (the spacing pass is skipped for text without Han: most English)
  if (HAS_HAN.test(spaced)) spaced = spaced.replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
  return ` ${spaced.replace(/[^\p{L}\p{N}'\-]+/gu, ' ').trim()} `;
}

export interface CueScores extends Record<FactField, number> {
  /** Relative position (0–1) of each field's first cue: the earlier cue wins a tie ("配置了日志转储才免得告警"). */
  first: Record<FactField, number>;
}

/** Each call's id: a cue counts once per sentence however often it occurs (the mark saves a Set per call). */
let call = 0;
const HAS_LATIN = /[a-z0-9]/i;

/**
 * Sum of cue weights per field for one sentence, and where each field's first cue sits (callers must not mutate it).
 * A unit is scored whole, then as clauses, then again when shortened: recent answers are remembered (few: only
 * the scoring of one unit repeats, so the memory never outlives a report).
 */
export const scoreCues: (sentence: string) => CueScores = rememberRecent((sentence) => computeScores(sentence), 256);

/** Per field, in FACT_FIELDS order, during one scan: the weight summed so far and where its first cue sits. */
const SUM = new Float64Array(4);
const FIRST = new Float64Array(4);

function computeScores(sentence: string): CueScores {
  const id = ++call;
  SUM.fill(0);
  FIRST.fill(1);
  if (HAS_HAN.test(sentence)) {
    const n = sentence.length;
    for (let i = 0; i < n; i++) {
      const code = sentence.charCodeAt(i);
      if (!HAN_FIRST[code]) continue;
      for (const cue of HAN.get(code)!) if (cue.seen !== id && sentence.startsWith(cue.needle, i)) hit(cue, id, i / n);
    }
  }
  if (HAS_LATIN.test(sentence)) {
    const frame = wordFrame(sentence);
    const n = frame.length;
    // a word starts after each space: the next one is found by indexOf, not by looking at every character
    for (let i = frame.indexOf(' ') + 1; i > 0 && i < n; i = frame.indexOf(' ', i) + 1) {
      const key = asciiKey(frame, i);
      const cues = key >= 0 ? LATIN_ASCII.get(key) : LATIN.get(frame.slice(i, i + 3));
      if (!cues) continue;
      for (const cue of cues) if (cue.seen !== id && frame.startsWith(cue.needle, i - 1)) hit(cue, id, i / n);
    }
  }
  return scoresOf(SUM, FIRST);
}

/** A cue found at `at` (0–1 of the sentence) in scan `id`: counted once per sentence, its first place kept. */
function hit(cue: Cue, id: number, at: number): void {
  cue.seen = id;
  SUM[cue.index] += cue.weight;
  if (at < FIRST[cue.index]) FIRST[cue.index] = at;
}

/**
 * The scores as an object, filled in after it is made from the same literal as ever: a literal of the sums
 * themselves (small integers in one call, fractions in the next) had its optimised code thrown away call after call.
 */
function scoresOf(sum: Float64Array, first: Float64Array): CueScores {
  const out: CueScores = { symptoms: 0, causes: 0, fixes: 0, action_items: 0, first: { symptoms: 1, causes: 1, fixes: 1, action_items: 1 } };
  FACT_FIELDS.forEach((field, i) => {
    out[field] = sum[i];
    out.first[field] = first[i];
  });
  return out;
}

/** The field with the highest score; on a tie the one whose cue comes first. */
export function topField(scores: CueScores, fields: readonly FactField[] = FACT_FIELDS): FactField {
  let best = fields[0];
  for (const f of fields) {
    if (scores[f] > scores[best] || (scores[f] === scores[best] && scores.first[f] < scores.first[best])) best = f;
  }
  return best;
}

/** Cue phrases that name a cause outright: they move a sentence to causes even inside a fixes or symptoms section. */
const STRONG_CAUSE = /原因是|原因在于|的原因是|根因|根本原因|问题(?:应该)?出在|root cause|caused by|the (?:cause|trigger) (?:was|is)/i;

export function isStrongCause(sentence: string): boolean {
  return STRONG_CAUSE.test(sentence);
}
