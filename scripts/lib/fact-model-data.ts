/**
 * The training data of src/lib/extract/fact-model.json: every unit (sentence, list item, table row) of the
 * project's own evaluation sets, as ingest reads it, labelled by the set's gold. A unit is a positive example of a
 * field when it covers half of one of the gold's statements of that field (the scorer's measure: Latin words and
 * Han bigrams).
 *
 * Only the sets of TRAINING_SETS: never the development corpus (its score must stay a fair measure of rules and
 * model alike), nor the check sets I, M and U, nor a set not yet scored untouched (X, Y).
 */
import { join } from 'node:path';
import { collectUnits } from '../../src/lib/extract/units.ts';
import { scoreCues, type FactField } from '../../src/lib/extract/cues.ts';
import { cueInputs, unitFeatures, type FactModel } from '../../src/lib/extract/fact-model.ts';
import { trainFieldModel, type Example } from '../../src/lib/extract/fact-model-train.ts';
import { ownSetFolder, readOwnSet } from './own-sets.ts';

export const TRAINING_SETS = [...'ABCDEFGHJKLNOPQRSTVW'].map(ownSetFolder);
/** The fields facts.ts asks the model about (learned-facts.ts says why these two). */
export const LEARNED_FIELDS: FactField[] = ['fixes', 'action_items'];
/** Share of a gold statement's units a unit must hold to state it. */
const COVERS = 0.5;

/** The scorer's units of a phrase: lower-cased Latin words, and Han bigrams (a lone Han character as itself). */
export function scoreUnits(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim().split(' ')) {
    if (!word) continue;
    if (!/\p{Script=Han}/u.test(word)) out.push(word);
    else {
      const chars = [...word];
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
  }
  return out;
}

/** The labelled units of one set folder (reports/ and gold/), for each field. */
export function setExamples(dir: string, group: string, fields: FactField[]): Record<string, Example[]> {
  const examples: Record<string, Example[]> = Object.fromEntries(fields.map((f) => [f, []]));
  for (const { gold, report } of readOwnSet(dir)) {
    const units = collectUnits(report.sections);
    const goldUnits = Object.fromEntries(fields.map((f) => [f, ((gold[f] ?? []) as string[]).map(scoreUnits).filter((u) => u.length)]));
    for (const unit of units) {
      const scores = scoreCues(unit.text);
      const features = unitFeatures(unit, scores);
      const cues = cueInputs(scores);
      const have = new Set(scoreUnits(unit.text));
      for (const field of fields) {
        const positive = goldUnits[field].some((g) => g.filter((u) => have.has(u)).length / g.length >= COVERS);
        examples[field].push({ features, cues, positive, group });
      }
    }
  }
  return examples;
}

/** The model trained on the sets under `fixtures` (tests/fixtures). */
export function buildFactModel(fixtures: string, sets = TRAINING_SETS, fields = LEARNED_FIELDS): { model: FactModel; examples: Record<string, Example[]> } {
  const examples: Record<string, Example[]> = Object.fromEntries(fields.map((f) => [f, []]));
  for (const set of sets) {
    const mine = setExamples(join(fixtures, set), set, fields);
    for (const field of fields) examples[field].push(...mine[field]);
  }
  const model: FactModel = { trainedOn: sets, fields: {} };
  for (const field of fields) model.fields[field] = trainFieldModel(examples[field]);
  return { model, examples };
}

/** A model as its committed file holds it (both models' files: one format, diffs readable line by line). */
export const serializeModel = (model: object) => `${JSON.stringify(model, null, 1)}\n`;
