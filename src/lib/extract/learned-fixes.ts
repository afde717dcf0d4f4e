/**
 * Fixes the cue rules did not read, offered by the learned model (fact-model.ts) in the share the rules left
 * unused: a unit that gave no statement at all becomes a fix when the model is sure of it. Only fixes: measured
 * leaving each evaluation set out of the training in turn, learned fixes raised fixes recall on every unseen set,
 * while learned symptoms and causes moved nothing or cost category precision. Only the room left: competing for the
 * whole share, learned fixes pushed out the rules' symptoms and causes (−0.02 each).
 */
import type { Fact } from './facts.ts';
import type { Unit } from './units.ts';
import { scoreCues } from './cues.ts';
import { FACT_MODEL, cueInputs, fieldProbability, unitFeatures } from './fact-model.ts';
import { isPlan, statementOf } from './statement.ts';
import { checkedFacts, isRuledOut } from './fact-checks.ts';
import { shortenStatement } from './shorten.ts';

/** The probability a unit must reach to be offered as a fix. */
const SURE = 0.5;
/** Its score, as a cue statement's: one to three cue points by probability (limitFacts weighs it against its length). */
const SCORE_FLOOR = 1;
const SCORE_PER_PROBABILITY = 2;

/** Units not yet read (no statement came from them), each offered as a fix when the model is sure. */
export function learnedFixes(units: Unit[], read: Set<Unit>): Fact[] {
  const model = FACT_MODEL.fields.fixes;
  if (!model) return [];
  const out: Fact[] = [];
  for (const unit of units) {
    // a heading names a section; a list item's later sentence elaborates its item (the rules want a cue of its own)
    if (read.has(unit) || unit.source === 'heading' || unit.detail) continue;
    const text = statementOf(unit.text);
    // a plan is an action item and a remedy that did not work is no fix, whatever the words say
    if (!text || isPlan(text) || isRuledOut(text)) continue;
    const scores = scoreCues(unit.text);
    const p = fieldProbability(model, unitFeatures(unit, scores), cueInputs(scores));
    if (p < SURE) continue;
    const fix: Fact = { field: 'fixes', text: shortenStatement(text), line: unit.line, score: SCORE_FLOOR + SCORE_PER_PROBABILITY * p, unit };
    // the rules' checks of a fix hold for the model's too: a remedy that failed, "no restart was needed", a
    // change found to be the trigger are no fixes
    for (const checked of checkedFacts(fix, text, unit.section.role)) if (checked.field === 'fixes') out.push(checked);
  }
  return out;
}
