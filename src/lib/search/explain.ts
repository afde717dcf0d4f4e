/**
 * Why a record matched: the symptom, title, cause, fix or excerpt that holds the most query concepts (earlier
 * fields win ties), with the character ranges to highlight. The browser highlights by splitting text nodes,
 * so the text never becomes markup.
 */
import type { SearchRecord } from './records.ts';
import { normalize } from './tokenize.ts';

export type MatchField = 's' | 't' | 'c' | 'f' | 'x';

export interface MatchExplanation {
  field: MatchField;
  text: string;
  /** [start, end) in text, ascending, not overlapping */
  ranges: [number, number][];
}

const SNIPPET = 160;
const BEFORE = 40;
const wordChar = /[\p{L}\p{N}]/u;
const han = /\p{Script=Han}/u;

/** Occurrences of a term in a normalised text; Latin terms only at the start of a word. */
export function findTerm(text: string, term: string, out: [number, number][]): boolean {
  if (!term) return false;
  const latin = wordChar.test(term[0]) && !han.test(term[0]);
  let found = false;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (latin && at > 0 && wordChar.test(text[at - 1]) && !han.test(text[at - 1])) continue;
    out.push([at, at + term.length]);
    found = true;
  }
  return found;
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** What to highlight for one query concept: its phrases, and CJK bigrams when no phrase occurs whole. */
export interface ConceptTerms {
  terms: string[];
  partial: string[];
}

export function explainMatch(record: SearchRecord, concepts: ConceptTerms[]): MatchExplanation | null {
  const items: [MatchField, string][] = [
    ...record.s.map((s) => ['s', s] as [MatchField, string]),
    ['t', record.t],
    ...record.c.map((c) => ['c', c] as [MatchField, string]),
    ...record.f.map((f) => ['f', f] as [MatchField, string]),
    ['x', record.x],
  ];
  let best: { field: MatchField; text: string; ranges: [number, number][]; hits: number } | null = null;
  for (const [field, text] of items) {
    let norm = normalize(text);
    if (norm.length !== text.length) norm = text.toLowerCase();
    if (norm.length !== text.length) continue;
    const ranges: [number, number][] = [];
    let hits = 0;
    for (const { terms, partial } of concepts) {
      let hit = 0;
      for (const term of terms) if (findTerm(norm, term, ranges)) hit = 1;
      if (!hit) for (const term of partial) if (findTerm(norm, term, ranges)) hit = 0.5;
      hits += hit;
    }
    if (hits > (best?.hits ?? 0)) best = { field, text, ranges, hits };
  }
  if (!best) return null;
  return snippet(best.field, best.text, mergeRanges(best.ranges));
}

/** Long texts are cut to a window around the first highlight. */
function snippet(field: MatchField, text: string, ranges: [number, number][]): MatchExplanation {
  if (text.length <= SNIPPET) return { field, text, ranges };
  const start = Math.max(0, Math.min((ranges[0]?.[0] ?? 0) - BEFORE, text.length - SNIPPET));
  const end = Math.min(text.length, start + SNIPPET);
  const lead = start > 0 ? '…' : '';
  const cut = lead + text.slice(start, end) + (end < text.length ? '…' : '');
  const shift = lead.length - start;
  const kept = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]) => [a + shift, b + shift] as [number, number]);
  return { field, text: cut, ranges: kept };
}
