/**
 * Plain text of mdast nodes for the extraction steps: images, html and code blocks are dropped (they are
 * evidence, not statements), inline code keeps its value, a hard break becomes a line break so that line
 * numbers counted inside a text value stay true to the source.
 */
import type { Nodes } from 'mdast';
import { PERIOD } from './clock-zh.ts';

/** Nesting deeper than this (emphasis in links in emphasis …) is dropped: bounds the recursion. */
const MAX_DEPTH = 64;

export function inlineText(node: Nodes, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    case 'code':
      return '';
    default:
      return 'children' in node ? childrenText(node.children as Nodes[], depth + 1) : '';
  }
}

/** The children's texts appended in order: every unit, heading and label goes through here, so no array per node. */
function childrenText(children: Nodes[], depth: number): string {
  let out = '';
  for (const child of children) out += inlineText(child, depth);
  return out;
}

/** Source line of a node (1 when the parser gave none). */
export function startLine(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** At most `max` characters (code points, so no surrogate pair is cut), the last one an ellipsis when cut. */
export function clipChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const HAN_CHAR = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** Per UTF-16 code unit, filled in on first sight: 1 seen, 2 a word character (letter, number, ' or -), 4 Han. */
const CHAR_CLASS = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}'\-]/u;

/**
 * The class bits of a code unit outside the surrogates, by table: char loops ask this of every character, and a
 * regular expression per character would cost more than the loop.
 */
export function charClass(code: number): number {
  let cls = CHAR_CLASS[code];
  if (!cls) {
    const char = String.fromCharCode(code);
    cls = CHAR_CLASS[code] = 1 | (WORD_CHAR.test(char) ? 2 : 0) | (HAN_CHAR.test(char) ? 4 : 0);
  }
  return cls;
}

/** Whether a code unit outside the surrogates is a Han character (`\p{Script=Han}`). */
export function isHanUnit(code: number): boolean {
  return (charClass(code) & 4) !== 0;
}

/** Leading list numbering of a line written as text: `1.`, `1，`, `一、`, `(2)`, `（2）`, `（二）`, `a,`, `Step 3`, `[x]`. */
const NUMBERING = /^\s*(?:[-*+•·・]\s+|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*|\[[ xX]\]\s*|\d{1,2}(?:\.\d{1,2})+\.?\s+|\(?\d{1,2}[.)、，,：](?!\d)\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|[a-h][，)、]\s*|[a-h][,.]\s*(?=\p{Script=Han})|step\s*\d+[.:：]?\s*)+/iu;

export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '').trim();
}

/** Visible length: a Han character counts as one, like a Latin letter. */
export function visibleLength(text: string): number {
  // code points without building an array: UTF-16 length less the low surrogates
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** A leading clock time or date of a timeline entry: `21:28 UTC:`, `[13:26]`, `12-11 21:37`, `2022-02-09 08:40`, `[???]`. */
// a zone is an abbreviation in capitals (PDT, CEST) and a word of its own: "09:05 Deleted…" keeps its "Delet"
const TIME_PREFIX = /^\s*(?:\[\?+\]|\[?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})?[ T]?\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?(?![A-Za-z]))?(?:\s*\(?(?:UTC|GMT|utc|gmt|[A-Z]{1,4}T)\)?(?![A-Za-z]))?\]?(?:\s*[~\-–]\s*\d{1,2}[:：]\d{2})?)\s*[:：,，-]?\s*/u;

/** "凌晨 2 点半 把…", "10 点 40 左右 重新发版", "上午 短信组把…": a Chinese clock phrase (or a part of the day set off by a space) leading a line. */
// "晚上 9 点 58 分到 10 点 41 分左右，…": a range of them too
const ZH_CLOCK_PHRASE = `(?:(?:${PERIOD})\\s*)?\\d{1,2}\\s*[点时](?:\\s*半|\\s*\\d{1,2}\\s*分?)?`;
const ZH_CLOCK_LEAD = new RegExp(`^${ZH_CLOCK_PHRASE}(?:\\s*(?:到|至|~|～|-|–|—)\\s*${ZH_CLOCK_PHRASE})?\\s*|^(?:${PERIOD})\\s+(?=\\S)`, 'u');
/** "14:00 左右把…": the approximation a stripped time leaves behind (not 前后端). */
const APPROXIMATION_LEAD = /^(?:左右|前后(?![端台]))\s*[，,]?\s*/u;

export function stripTimePrefix(text: string): string {
  return stripApproximation(text.replace(TIME_PREFIX, '').replace(ZH_CLOCK_LEAD, '')).trim();
}

/** Whether a line opens with a clock time or date (a timeline entry): `15:02 …`, `[10:02] …`, `2022-11-01 22:40 …`. */
export function opensWithTime(text: string): boolean {
  return TIME_PREFIX.test(text);
}

/** A line without the 左右 / 前后 its time left at its start. */
export function stripApproximation(text: string): string {
  return text.replace(APPROXIMATION_LEAD, '');
}

const NOT_PLAIN_SPACE = /\s\s|[^\S ]/;

/** `text.replace(/\s+/g, ' ')`, without the replace when every whitespace is already one plain space. */
export function squeezeInner(text: string): string {
  return NOT_PLAIN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** `text.replace(/\s+/g, ' ').trim()`. */
export function squeeze(text: string): string {
  return squeezeInner(text).trim();
}

/**
 * `compute`, remembering its recent answers: the same text is looked at several times within a report (a unit,
 * its clauses, its shortened form; a heading in every report). Past `max` entries the memory starts afresh, so
 * it never grows with the corpus.
 */
export function rememberRecent<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    if (memo.size >= max) memo.clear();
    const value = compute(text);
    memo.set(text, value);
    return value;
  };
}
