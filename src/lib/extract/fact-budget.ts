/**
 * The share of the body that symptoms, causes and fixes may copy (the scorer's limit is 0.30), and how the
 * statements found are fitted into it: deduplicated, the best of each field first, cut to their core clause
 * when the share is tight. Extraction, not copying.
 */
import type { Fact } from './facts.ts';
import type { FactField } from './cues.ts';
import { groupClauses, measure } from './clauses.ts';
import { scoreCues } from './cues.ts';
import { shortenStatement } from './shorten.ts';
import { splitCausal } from './causal.ts';
import { parseDateTimes } from './dates.ts';
import { hasHan, isHanUnit, rememberRecent } from './text.ts';

/** Score of a statement taken from a section whose heading names its field. */
export const ROLE_SCORE = 10;
/** Share of the body the three main fields may take. */
export const MAX_SHARE = 0.3;
/** Up to this length (clauses.ts measure) a statement is not cut to a core clause. */
const SHORT_CORE = 24;
/** Bonus of a role statement's first clause when it is cut to its core: it names the subject. */
const ROLE_FIRST = 1;
const MAX_CUE_ITEMS = 16;
/**
 * A cue statement's score less its length in cue points: of two statements with the same cues, the shorter
 * says as much for less of the share. Measured on the corpus: 100 is nearly no change, 30 starts to drop long
 * symptoms that carry their gold; 60 sits between.
 */
const LENGTH_PER_POINT = 60;
const density = (f: Fact) => f.score - measure(f.text) / LENGTH_PER_POINT;

/** A clause that opens with a subordinator: the circumstance of a role item, not the item. */
const SUBORDINATE = /^(?:(?:due to|because|as a result of|since|when|whenever|while|after|before|if|although|though)\b|由于|因为|当|如果|虽然)/iu;
const SUBORDINATE_PENALTY = 10;
/** "X, but we had no alert on Y": the clause after a contrast is the point of the sentence. */
const CONTRAST = /^(?:but|however|yet|though|但是|但|然而|可是|不过|却)/iu;
const CONTRAST_BONUS = 1.5;
/** Cue weight of a neighbouring clause that is a second observation of a symptom statement. */
const SECOND_OBSERVATION = 1.5;
/** A causal side shorter than this is a pronoun or a bare noun ("the bug"): no core. */
const MIN_SIDE = 8;
const MAX_ROLE_ITEMS = 16;
/**
 * Who goes first in each round of the share: causes are the longest statements and the first to be squeezed out
 * (in limitFacts' second round they grow back before the others).
 */
const FILL_ORDER: FactField[] = ['causes', 'fixes', 'symptoms', 'action_items'];

/**
 * Keep the best statements per field (role sections first, then cue-only ones, each by score) within the share
 * of the body: first the core clause of every statement, field by field in turns, so one long-winded field cannot
 * crowd out the others; then statements grow back to their whole text while the share allows, causes first, the
 * other fields in turns. Source order is kept.
 */
export function limitFacts(facts: Fact[], total: number): Fact[] {
  const queues = FILL_ORDER.map((field) => {
    const mine = facts.filter((f) => f.field === field);
    const roles = mine.filter((f) => f.score >= ROLE_SCORE).slice(0, MAX_ROLE_ITEMS).sort((a, b) => b.score - a.score);
    // cue statements by their evidence for the share they take: a cue point is worth LENGTH_PER_POINT of length
    const cues = mine.filter((f) => f.score < ROLE_SCORE).map((f) => ({ f, d: density(f) })).sort((a, b) => b.d - a.d).slice(0, MAX_CUE_ITEMS).map((x) => x.f);
    return [...roles, ...cues];
  });
  // everything fits whole: nothing to choose, no clause to cut
  if (queues.reduce((n, q) => n + copiedLength(q), 0) <= total) return facts.filter((f) => queues.some((q) => q.includes(f)));
  const keep = new Set<Fact>();
  const short = new Set<Fact>();
  const cores = new Map<Fact, string>();
  // a statement of a clause or two is its own core: only long ones are worth splitting
  const coreOf = (fact: Fact) => (measure(fact.text) <= SHORT_CORE ? fact.text : (cores.get(fact) ?? cores.set(fact, coreClause(fact)).get(fact)!));
  let used = 0;
  // first the core clause of every statement, field by field in turns (each field's best first): breadth
  // before detail; then statements grow back to their full text, best first, while the share allows
  for (let rank = 0; queues.some((q) => q.length > rank); rank++) {
    for (const queue of queues) {
      const fact = queue[rank];
      if (!fact) continue;
      // action items are not part of the copied share, but stay short all the same
      if (fact.field === 'action_items') keep.add(fact);
      else if (used + coreOf(fact).length <= total) {
        keep.add(fact);
        used += coreOf(fact).length;
      }
    }
  }
  // causes grow back first: measured on every held-out set, they were squeezed hardest (a third of the copied
  // share where the gold gives them close to half) and they are what the on-call reader looks for first
  const grow = (fact: Fact | undefined) => {
    if (!fact || !keep.has(fact) || fact.field === 'action_items') return;
    const more = fact.text.length - coreOf(fact).length;
    if (used + more <= total) used += more;
    else short.add(fact);
  };
  const [causes, ...others] = queues;
  causes.forEach(grow);
  for (let rank = 0; others.some((q) => q.length > rank); rank++) for (const queue of others) grow(queue[rank]);
  return facts.filter((f) => keep.has(f)).map((f) => (short.has(f) ? { ...f, text: coreOf(f) } : f));
}

/** What is left of a clause without its dates, times, weekdays and the words that start or bound them. */
const WHEN_WORDS = /[（(][^）)]{0,6}[）)]|\b(?:from|since|until|at|on|around|about|starting|started|began)\b|开始|起|左右|前后|大约|约/giu;

function onlySaysWhen(clause: string): boolean {
  const moments = parseDateTimes(clause);
  if (!moments.length) return false;
  let rest = clause;
  for (const moment of moments) rest = rest.replace(moment.raw, ' ');
  return measure(rest.replace(WHEN_WORDS, ' ')) < MIN_WHAT;
}

/** A clause must say this much (clauses.ts measure) besides when to be a statement's core. */
const MIN_WHAT = 4;

/** The clause group of a statement that best states its field (the first one on a tie: it names the subject). */
function coreClause(fact: Fact): string {
  const role = fact.score >= ROLE_SCORE;
  const side = role ? causeSide(fact) : null;
  if (side) return shortenStatement(side);
  let best = -1;
  let bestScore = -Infinity;
  const groups = groupClauses(fact.text, Infinity, true);
  groups.forEach((group, i) => {
    // in a role section the first clause names the subject; elsewhere the cue decides alone
    // …but a subordinate opener ("Due to X, …", "When X, …") is not the item: its main clause is
    // …unless it names a cause of its own beyond its connector ("Because our monitoring was lacking, …")
    // …and a clause that only says when ("7 月 5 日（周二）上午 10:20 开始", "From 09:14 UTC on Monday") is none either
    const subordinate = (role && SUBORDINATE.test(group.text) && !(fact.field === 'causes' && scoreCues(group.text.replace(SUBORDINATE, '')).causes >= 1)) || onlySaysWhen(group.text);
    const score = group.scores[fact.field] + (role && i === 0 && !subordinate ? ROLE_FIRST : 0) - (subordinate ? SUBORDINATE_PENALTY : 0) + (i > 0 && CONTRAST.test(group.text) ? CONTRAST_BONUS : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  // what was seen is often two observations in one sentence ("all pods were terminated, and the hub rendered
  // inaccessible"): a neighbouring clause that states a symptom as clearly stays in the core (a cause or a fix
  // is one act, its core one clause)
  let [from, to] = [best, best];
  if (!role && fact.field === 'symptoms') {
    if (from > 0 && groups[from - 1].scores.symptoms >= SECOND_OBSERVATION) from--;
    if (to + 1 < groups.length && groups[to + 1].scores.symptoms >= SECOND_OBSERVATION) to++;
  }
  if (from === to) return shortenStatement(groups[from].text);
  // the clauses as written, from the first one's start to the last one's end
  const start = fact.text.indexOf(groups[from].text);
  const end = fact.text.indexOf(groups[to].text, start) + groups[to].text.length;
  return shortenStatement(start >= 0 && end > start ? fact.text.slice(start, end) : groups[best].text);
}

/**
 * "X caused Y" in a causes section: X is the cause, Y its effect (offered as a symptom on its own). Not "Due to
 * X, Y" or "Y because X" there: in a cause section the main clause is the cause item, X its justification
 * ("Due to DNS-based traffic switching, the pool was configured with a short lifetime").
 */
function causeSide(fact: Fact): string | null {
  if (fact.field !== 'causes') return null;
  const split = splitCausal(fact.text);
  if (!split || measure(split.cause) < (hasHan(split.cause) ? MIN_SIDE / 2 : MIN_SIDE)) return null;
  return fact.text.indexOf(split.cause) < fact.text.indexOf(split.effect) ? split.cause : null;
}

export function copiedLength(facts: Fact[]): number {
  return facts.reduce((n, f) => n + (f.field === 'action_items' ? 0 : f.text.length), 0);
}

/** New statements not already kept (nor contained in a kept one of their field). */
export function dedupeAgainst(extra: Fact[], kept: Fact[]): Fact[] {
  const keys = kept.map((f) => `${f.field}\n${normalise(f.text)}`);
  return dedupe(extra).filter((f) => {
    const key = normalise(f.text);
    return f.field !== 'action_items' && !keys.some((k) => k.startsWith(`${f.field}\n`) && (k.includes(key) || key.includes(k.slice(f.field.length + 1))));
  });
}

/** Action items not already kept (nor containing or contained in a kept one). */
export function newActionItems(extra: Fact[], kept: Fact[]): Fact[] {
  const keys = kept.filter((f) => f.field === 'action_items').map((f) => normalise(f.text));
  return extra.filter((f) => {
    const key = normalise(f.text);
    return key && !keys.some((k) => k.includes(key) || key.includes(k));
  });
}

/** The same statement is normalised by dedupe and again by dedupeAgainst: recent answers are remembered. */
const normalise = rememberRecent((text) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ''), 4096);

/**
 * Same statement twice in one field (or one contained in another) keeps the first; so does the same content
 * said twice in other words ("Total DNS outage in Kubernetes cluster" / "a total DNS outage for the entire
 * cluster"): most of its words, the better-scored one kept.
 */
export function dedupe(facts: Fact[]): Fact[] {
  const seen: Record<FactField, string[]> = { symptoms: [], causes: [], fixes: [], action_items: [] };
  const exact = facts.filter((fact) => {
    const key = normalise(fact.text);
    if (!key || seen[fact.field].some((k) => k.includes(key) || key.includes(k))) return false;
    seen[fact.field].push(key);
    return true;
  });
  const kept: { field: FactField; words: Set<string> }[] = [];
  const dropped = new Set<Fact>();
  for (const fact of [...exact].sort((a, b) => b.score - a.score)) {
    if (fact.field === 'action_items') continue;
    const words = contentWords(fact.text);
    if (kept.some((k) => k.field === fact.field && overlap(words, k.words) >= SAME_CONTENT)) dropped.add(fact);
    else kept.push({ field: fact.field, words });
  }
  return dropped.size ? exact.filter((f) => !dropped.has(f)) : exact;
}

/** Share of a statement's words found in another one above which it says nothing new. */
const SAME_CONTENT = 0.6;

/** Latin words of three letters or more and Han bigrams: what a statement says, without its glue. */
function contentWords(text: string): Set<string> {
  // a char loop (dedupe runs this for every statement); text with a surrogate pair takes the pattern
  const lower = text.toLowerCase();
  const out = new Set<string>();
  let i = 0;
  while (i < lower.length) {
    const code = lower.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return contentWordsByRegex(lower);
    if (code < 128 && isWordPart(code)) i = addLatinWord(lower, i, out);
    else if (code >= 128 && isHanUnit(code)) {
      let end = i + 1;
      while (end < lower.length && lower.charCodeAt(end) >= 128 && isHanUnit(lower.charCodeAt(end))) end++;
      // a surrogate after the run is looked at by the outer loop
      for (let k = i; k + 1 < end; k++) out.add(lower.slice(k, k + 2));
      i = end;
    } else i++;
  }
  return out;
}

/**
 * The word of the run of [a-z0-9_.-] starting at `at` (as `[a-z0-9][a-z0-9_.-]{2,}` finds it: from the run's
 * first letter or digit to its end, three characters at least) into `out`; returns where the run ends.
 */
function addLatinWord(lower: string, at: number, out: Set<string>): number {
  let start = -1;
  let end = at;
  for (; end < lower.length; end++) {
    const code = lower.charCodeAt(end);
    if (code >= 128 || !isWordPart(code)) break;
    if (start < 0 && isAlnum(code)) start = end;
  }
  if (start >= 0 && end - start >= 3) out.add(lower.slice(start, end));
  return end;
}

const isAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isWordPart = (code: number) => isAlnum(code) || code === 95 || code === 46 || code === 45;

/** The same words by pattern, for text with a surrogate pair (a Han character outside the BMP is one code point here). */
function contentWordsByRegex(lower: string): Set<string> {
  const out = new Set<string>();
  for (const m of lower.matchAll(/[a-z0-9][a-z0-9_.-]{2,}|\p{Script=Han}+/gu)) {
    const w = m[0];
    if (w.charCodeAt(0) < 128) out.add(w);
    else for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
  }
  return out;
}

function overlap(words: Set<string>, other: Set<string>): number {
  if (words.size < 3) return 0;
  let shared = 0;
  for (const w of words) if (other.has(w)) shared++;
  return shared / words.size;
}
