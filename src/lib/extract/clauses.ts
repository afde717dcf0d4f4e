/**
 * A long statement → clause groups, each classified on its own. Chinese narrative packs a symptom, a guess, a
 * fix and its result into one comma-spliced sentence ("排查半天找不出原因,就先配置了日志转储才免得磁盘告警,
 * 然后升级到 1.4.0"): classified whole it lands in one field and is cut at random. Split on ，,；;：: (and for
 * long English sentences on "; ", ", and", ", but", ", which", ", until", " - "), then merge neighbours that state the same
 * thing or that are too short to stand alone (a clause without its object).
 */
import { FACT_FIELDS, scoreCues, topField, type CueScores, type FactField } from './cues.ts';
import { hasHan } from './text.ts';

export interface ClauseGroup {
  text: string;
  /** The group's field, or null when no cue is strong enough. */
  field: FactField | null;
  scores: CueScores;
}

/** Longest group worth keeping whole: a clause, not a paragraph. */
const MAX_GROUP_HAN = 48;
const MAX_GROUP_LATIN = 60;
/** Shorter than this, a clause is an opener or a dangling object ("升级完之后", "直接去到 80 万了"): joined to a neighbour. */
const MIN_CLAUSE_HAN = 7;
const MIN_CLAUSE_LATIN = 10;
/** A sentence this short is one statement: not split. */
const SPLIT_FROM_HAN = 30;
const SPLIT_FROM_LATIN = 56;

// a colon between digits is a clock ("改到 14:00"), not a clause boundary
const HAN_SPLIT = /(?<=[，；：;])|(?<=:)(?!\d)|(?<=,)(?!\d{3})|(?<=[。！？!?])/u;
/** A clause that opens with a forward causal connector. */
const LEADS_WITH_EFFECT = /^(?:导致|造成|引起|引发|从而|使得|致使|这就是|这也是|这正是|这才是|(?:which\s+)?(?:caused|causing|led to|leading to|resulted in|resulting in)\b|which is why\b|(?:and )?that'?s why\b)/iu;
// the split is before "and", which stays with its clause: a core made of two clauses still reads "X and Y"
const LATIN_FINE = /,\s+|\s+(?=and\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)|\s+(?=because\b|due to\b|so that\b)/u;
/** A long clause without commas ("… token was leaked from Jenkins that gave them push access …") splits before its relative or temporal clause. */
const LATIN_RELATIVE = /\s+(?=(?:that|which|who|where|whereas|while|whilst|until|after|before|when|so that|so)\s)/u;
const LATIN_SPLIT = /(?<=;)\s+|,\s+(?=(?:and|but|which|so|while|whereas|causing|leading|resulting|until|once)\b)|\s+[-–—]\s+/u;

/** `fine`: split even a short statement, English also at every comma and at "because" (a statement's core). */
export function splitClauses(text: string, fine = false): string[] {
  const han = hasHan(text);
  if (!fine && measure(text) < (han ? SPLIT_FROM_HAN : SPLIT_FROM_LATIN)) return [text];
  const parts = text.split(han ? HAN_SPLIT : LATIN_SPLIT).map((p) => p.trim()).filter(Boolean);
  if (!han) return splitLatinFurther(parts, fine);
  return parts.length > 1 ? parts : [text];
}

/**
 * An English clause still long splits at its commas and at "and" before a second verb ("… OOM killed and
 * restarted"); a fine split also splits one still long before its relative clause. Loops, not flatMap: this runs
 * for every clause of every English statement.
 */
function splitLatinFurther(parts: string[], fine: boolean): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (!fine && measure(part) <= MAX_GROUP_LATIN) {
      out.push(part);
      continue;
    }
    for (const piece of part.split(LATIN_FINE)) {
      if (!piece) continue;
      if (fine && measure(piece) > MAX_GROUP_LATIN) pushNonEmpty(out, piece.split(LATIN_RELATIVE));
      else out.push(piece);
    }
  }
  return out;
}

function pushNonEmpty(out: string[], pieces: string[]): void {
  for (const piece of pieces) if (piece) out.push(piece);
}

/** Clause groups of a statement, each with its field (at least `threshold` of cue weight) or null. */
export function groupClauses(text: string, threshold: number, fine = false): ClauseGroup[] {
  const [minClause, maxGroup] = hasHan(text) ? [MIN_CLAUSE_HAN, MAX_GROUP_HAN] : [MIN_CLAUSE_LATIN, MAX_GROUP_LATIN];
  const clauses = joinShort(splitClauses(text, fine), minClause, maxGroup);
  if (clauses.length === 1) {
    const scores = scoreCues(clauses[0]);
    const best = topField(scores);
    return [{ text: clauses[0], field: scores[best] >= threshold ? best : null, scores }];
  }
  const groups: (ClauseGroup & { absorbed?: boolean; size: number })[] = [];
  for (const clause of clauses) {
    const size = measure(clause);
    const scores = scoreCues(clause);
    const best = topField(scores);
    const field = scores[best] >= threshold ? best : null;
    const last = groups[groups.length - 1];
    // neighbours stating the same kind of thing read as one item while they stay short; a clause without cues
    // right after a cue clause is usually its object ("原因是会话超时的时候, 没有能把 offset 提交到 broker")
    const fits = last && last.size + size <= maxGroup;
    // ", 导致 Y" / ", causing Y" states the effect of the clause before it: keep the pair together
    if (last && fits && (!last.field || last.field === 'causes') && LEADS_WITH_EFFECT.test(clause)) {
      last.text = joinText(last.text, clause);
      last.size += size;
      last.scores = addScores(last.scores, scores);
      last.field = topField(last.scores);
      continue;
    }
    if (last && fits && last.field && (field === last.field || (!field && !last.absorbed))) {
      if (!field) last.absorbed = true;
      last.text = joinText(last.text, clause);
      last.size += size;
      last.scores = addScores(last.scores, scores);
      continue;
    }
    groups.push({ text: clause, field, scores, size });
  }
  return groups.map(({ text, field, scores }) => ({ text, field, scores }));
}

/** A too-short clause joins the next one (an opener needs its statement), or the previous one at the end. */
function joinShort(clauses: string[], minClause: number, maxGroup: number): string[] {
  const out: string[] = [];
  let carry = '';
  for (const clause of clauses) {
    const text = carry ? joinText(carry, clause) : clause;
    if (measure(text) < minClause) carry = text;
    else {
      out.push(text);
      carry = '';
    }
  }
  if (carry) {
    const last = out.length - 1;
    if (last >= 0 && measure(out[last]) + measure(carry) <= maxGroup) out[last] = joinText(out[last], carry);
    else out.push(carry);
  }
  return out;
}

/** Length as read: a Han character counts one, a Latin word two (an error message is not a paragraph). */
export function measure(text: string): number {
  // a char-code loop: this runs for every clause of every report
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 47 || c === 45;
    if (word) {
      if (!inWord) n += 2;
      inWord = true;
      continue;
    }
    inWord = false;
    // CJK ideographs (BMP blocks; a high surrogate stands for the supplementary ones)
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) n++;
  }
  return n;
}

function joinText(a: string, b: string): string {
  return /[\p{Script=Han}，,；;：:]$/u.test(a) && hasHan(b) ? a + b : `${a} ${b}`;
}

function addScores(a: CueScores, b: CueScores): CueScores {
  const out = { ...a, first: { ...a.first } };
  for (const f of FACT_FIELDS) out[f] += b[f];
  return out;
}

/** Whether a statement is long enough to be read clause by clause. */
export function isLong(text: string): boolean {
  return measure(text) > (hasHan(text) ? MAX_GROUP_HAN : MAX_GROUP_LATIN);
}
