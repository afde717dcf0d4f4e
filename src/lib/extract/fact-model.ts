/**
 * A learned second opinion on what a sentence states, for the sentences the cue rules left unread.
 *
 * A logistic regression per field over a unit's section role, shape, cue scores and words (Latin words and Han
 * bigrams), trained by `npm run train-models` on the project's own evaluation sets (never on the development
 * corpus, nor on the check sets I, M and U or a set not yet scored untouched). The cue rules were written one
 * report shape at a time and miss what a new shape says in words no rule knows; the model has seen twenty sets of
 * such shapes. The weights are data (fact-model.json), not rules: retrain instead of editing them.
 */
import { FACT_FIELDS, type CueScores, type FactField } from './cues.ts';
import type { Unit } from './units.ts';
import TRAINED from './fact-model.json' with { type: 'json' };

export interface FieldModel {
  bias: number;
  /** Weights of the unit's cue scores (symptoms, causes, fixes, action items), each scaled by CUE_SCALE. */
  cues: number[];
  /** Weights of the named features (unitFeatures); a feature not listed weighs nothing. */
  weights: Record<string, number>;
}

export interface FactModel {
  /** The evaluation sets it was trained on, by folder name. */
  trainedOn: string[];
  fields: Partial<Record<FactField, FieldModel>>;
}

export const FACT_MODEL = TRAINED as FactModel;

/** Cue scores above this say nothing more. */
const CUE_CAP = 6;
const CUE_SCALE = 3;

/** The unit's cue scores as the model reads them. */
export function cueInputs(scores: CueScores): number[] {
  return FACT_FIELDS.map((field) => Math.min(CUE_CAP, scores[field]) / CUE_SCALE);
}

const bucket = (score: number) => (score >= 3 ? 3 : score >= 1.5 ? 2 : score > 0 ? 1 : 0);

/** What the model knows of a unit: where it stands, its shape, how strong each field's cues are, and its words. */
export function unitFeatures(unit: Unit, scores: CueScores): string[] {
  const role = unit.label ?? unit.section.role ?? 'none';
  const features = [
    `role=${role}`,
    `source=${unit.source}`,
    unit.timed ? 'timed' : 'untimed',
    /\p{Script=Han}/u.test(unit.text) ? 'han' : 'latin',
    `length=${Math.round(Math.log2(unit.text.length + 1))}`,
  ];
  if (unit.detail) features.push('detail');
  if (unit.opening) features.push('opening');
  for (const field of FACT_FIELDS) {
    features.push(`cue.${field}=${bucket(scores[field])}`);
    features.push(`role=${role}&cue.${field}=${Math.min(2, bucket(scores[field]))}`);
  }
  for (const word of wordsOf(unit.text)) features.push(`w:${word}`);
  return features;
}

/** Latin words of two letters or more and Han bigrams (a lone Han character stands for itself), each once. */
export function wordsOf(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z0-9_]+|\p{Script=Han}+/gu)) {
    const word = match[0];
    if (word.charCodeAt(0) < 128) out.add(word);
    else if (word.length === 1) out.add(word);
    else for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  }
  return [...out];
}

/**
 * The probability that the unit states its field. The features' weights are summed and divided by the root of their
 * count (known or not), so a long sentence's many words do not outvote its role and cues.
 */
export function fieldProbability(model: FieldModel, features: string[], cues: number[]): number {
  let sum = 0;
  for (const feature of features) sum += model.weights[feature] ?? 0;
  let z = model.bias + (features.length ? sum / Math.sqrt(features.length) : 0);
  for (let i = 0; i < cues.length; i++) z += model.cues[i] * cues[i];
  return 1 / (1 + Math.exp(-z));
}
