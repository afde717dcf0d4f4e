/**
 * Statements the cue rules did not read, offered by the learned model (fact-model.ts): a unit that gave no statement
 * at all becomes a fix or an action item when the model is sure of it.
 * - Fixes only in the share the rules left unused. Measured leaving each evaluation set out of the training in
 *   turn, learned fixes raised fixes recall on every unseen set, while learned symptoms and causes moved nothing or
 *   cost category precision; competing for the whole share, learned fixes pushed out the rules' symptoms and causes
 *   (−0.02 each).
 * - Action items take no share, so they cost no other field; they are not evidence of a root-cause category either
 *   (facts.ts adds them after the evidence is taken), so categories stay what the rules' facts make them.
 */
import type { Fact } from './facts.ts';
import type { Unit } from './units.ts';
import { scoreCues } from './cues.ts';
import { FACT_MODEL, cueInputs, fieldProbability, unitFeatures } from './fact-model.ts';
import { isPlan, statementOf } from './statement.ts';
import { checkedFacts, isRuledOut } from './fact-checks.ts';
import { shortenStatement } from './shorten.ts';

/** The probability a unit must reach to be offered as a fix or an action item. */
const SURE = 0.5;
/** Its score, as a cue statement's: one to three cue points by probability (limitFacts weighs it against its length). */
const SCORE_FLOOR = 1;
const SCORE_PER_PROBABILITY = 2;
/** At most this many learned action items per report, the surest (a long retro must not become a to-do list). */
const MAX_ACTIONS = 8;

/** Units not yet read, each offered as an action item when the model is sure, in source order. */
export function learnedActionItems(units: Unit[], read: Set<Unit>): Fact[] {
  const offered = sureOffers(units, read, 'action_items', () => true);
  return offered.sort((a, b) => b.p - a.p).slice(0, MAX_ACTIONS).map((o) => o.fact).sort((a, b) => a.line - b.line);
}

/** Units not yet read (no statement came from them), each offered as a fix when the model is sure. */
export function learnedFixes(units: Unit[], read: Set<Unit>): Fact[] {
  // a list item's later sentence elaborates its item (the rules want a cue of its own); a plan is an action item
  const offered = sureOffers(units, read, 'fixes', (unit, text) => !unit.detail && !isPlan(text));
  // the rules' checks of a fix hold for the model's too: a remedy that failed, "no restart was needed", a change
  // found to be the trigger are no fixes
  return offered.flatMap(({ fact, text }) => checkedFacts(fact, text, fact.unit.section.role).filter((checked) => checked.field === 'fixes'));
}

interface Offer {
  fact: Fact;
  text: string;
  p: number;
}

/**
 * The units not yet read whose statement the model is sure states `field`, as facts of it in source order (each
 * with the statement it was read from and the model's probability): not a heading (it names a section), nor a remedy that did not work,
 * whatever the words say; `admits` says what else.
 */
function sureOffers(units: Unit[], read: Set<Unit>, field: 'fixes' | 'action_items', admits: (unit: Unit, text: string) => boolean): Offer[] {
  const model = FACT_MODEL.fields[field];
  if (!model) return [];
  const out: Offer[] = [];
  for (const unit of units) {
    if (read.has(unit) || unit.source === 'heading') continue;
    const text = statementOf(unit.text);
    if (!text || isRuledOut(text) || !admits(unit, text)) continue;
    const scores = scoreCues(unit.text);
    const p = fieldProbability(model, unitFeatures(unit, scores), cueInputs(scores));
    if (p >= SURE) out.push({ fact: { field, text: shortenStatement(text), line: unit.line, score: SCORE_FLOOR + SCORE_PER_PROBABILITY * p, unit }, text, p });
  }
  return out;
}
