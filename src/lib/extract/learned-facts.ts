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
  const model = FACT_MODEL.fields.action_items;
  if (!model) return [];
  const offered: { fact: Fact; p: number }[] = [];
  for (const unit of units) {
    if (read.has(unit) || unit.source === 'heading') continue;
    const text = statementOf(unit.text);
    if (!text || isRuledOut(text)) continue;
    const scores = scoreCues(unit.text);
    const p = fieldProbability(model, unitFeatures(unit, scores), cueInputs(scores));
    if (p >= SURE) offered.push({ fact: { field: 'action_items', text: shortenStatement(text), line: unit.line, score: SCORE_FLOOR + SCORE_PER_PROBABILITY * p, unit }, p });
  }
  return offered.sort((a, b) => b.p - a.p).slice(0, MAX_ACTIONS).map((o) => o.fact).sort((a, b) => a.line - b.line);
}


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
