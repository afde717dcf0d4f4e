/**
 * A statement of at most ~160 characters. A longer sentence is narrowed to the clause that carries its
 * strongest cue plus neighbouring clauses while they fit; a clause still too long is cut at a word boundary
 * (Intl.Segmenter, so Chinese words and Latin words stay whole) and marked with an ellipsis.
 */
import { FACT_FIELDS, scoreCues } from './cues.ts';
import { measure } from './clauses.ts';
import { trimFiller } from './filler.ts';
import { hasHan, rememberRecent, squeeze } from './text.ts';

/** Length as read (clauses.ts): a Latin word counts two, so an English sentence is not cut at 160 letters. */
const visibleLength = measure;

export const MAX_STATEMENT = 120;
const TARGET = 80;

/**
 * A space between Han and Latin text ("升级 kafka-python 到 1.4.0", not "升级kafka-python到1.4.0"): the
 * usual typographic convention for mixed Chinese, and it keeps the Latin words whole for search.
 */
export function spaceMixed(text: string): string {
  // without a Han character there is nothing to space (most English statements): the replace is skipped
  if (!hasHan(text)) return text;
  return text.replace(/(\p{Script=Han})(?=[A-Za-z0-9])|([A-Za-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
}

const END_MARKS = new Set([...'。；;，,:：'].map((c) => c.charCodeAt(0)));

/** The text without one trailing clause mark (。；;，,:：): only the last character is looked at. */
function withoutEndMark(text: string): string {
  return END_MARKS.has(text.charCodeAt(text.length - 1)) ? text.slice(0, -1) : text;
}

/** The same text is shortened more than once (a unit, its clause groups, its core in the budget): recent answers are remembered. */
const shortenToStatement = rememberRecent((text) => shorten(text, MAX_STATEMENT), 256);

export function shortenStatement(text: string, max = MAX_STATEMENT): string {
  return max === MAX_STATEMENT ? shortenToStatement(text) : shorten(text, max);
}

function shorten(text: string, max: number): string {
  const trimmed = withoutEndMark(spaceMixed(trimFiller(squeeze(text))));
  if (visibleLength(trimmed) <= max) return trimmed;
  // a colon before a digit is a clock ("14:00"), not a clause boundary
  const clauses = trimmed.split(/(?<=[，,；;：、])\s*|(?<=:)(?!\d)\s*|\s+(?=[-–—]\s)/u).filter(Boolean);
  if (clauses.length > 1) {
    const best = strongestClause(clauses);
    let [from, to] = [best, best];
    let length = visibleLength(clauses[best]);
    while (true) {
      const next = to + 1 < clauses.length ? visibleLength(clauses[to + 1]) : Infinity;
      const prev = from > 0 ? visibleLength(clauses[from - 1]) : Infinity;
      if (Math.min(next, prev) + length > TARGET) break;
      if (next <= prev) length += visibleLength(clauses[++to]);
      else length += visibleLength(clauses[--from]);
    }
    const joined = clauses.slice(from, to + 1).join(' ').replace(/\s+/g, ' ').replace(/[，,；;：:、]$/u, '').trim();
    if (visibleLength(joined) <= max) return joined;
  }
  return cutAtWord(trimmed, max);
}

function strongestClause(clauses: string[]): number {
  let best = 0;
  let bestScore = -1;
  clauses.forEach((clause, i) => {
    const scores = scoreCues(clause);
    const score = Math.max(...FACT_FIELDS.map((f) => scores[f]));
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

function cutAtWord(text: string, max: number): string {
  let out = '';
  for (const { segment } of WORDS.segment(text)) {
    if (visibleLength(out + segment) > max - 1) break;
    out += segment;
  }
  return out.trimEnd() + '…';
}
