/**
 * Training of fact-model.ts's per-field logistic regressions: plain stochastic gradient descent in a fixed order,
 * so the same examples always give the same weights (the weights file is committed and reviewed as a diff).
 */
import type { FieldModel } from './fact-model.ts';
import { fieldProbability } from './fact-model.ts';

export interface Example {
  features: string[];
  cues: number[];
  /** The unit states the field (it covers half of a gold statement of it). */
  positive: boolean;
  /** The evaluation set it comes from: a word must occur in several sets to be learned. */
  group: string;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** Weight decay per update. */
  decay: number;
  /** Positives are rare (one unit in six states a fix): each counts this many times. */
  positiveWeight: number;
  /** A word seen in fewer sets than this is not learned: it would name an incident, not a way of writing. */
  minGroups: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 8, rate: 0.1, decay: 1e-4, positiveWeight: 2, minGroups: 3 };

/** Weights below this are dropped from the file: they change no decision. */
const NEGLIGIBLE = 1e-3;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function trainFieldModel(examples: Example[], options: TrainOptions = TRAIN_DEFAULTS): FieldModel {
  const groups = new Map<string, Set<string>>();
  for (const example of examples) for (const feature of example.features) {
    if (!groups.has(feature)) groups.set(feature, new Set());
    groups.get(feature)!.add(example.group);
  }
  const learnable = (feature: string) => !feature.startsWith('w:') || groups.get(feature)!.size >= options.minGroups;
  const model: FieldModel = { bias: 0, cues: examples[0]?.cues.map(() => 0) ?? [], weights: {} };
  for (const feature of groups.keys()) if (learnable(feature)) model.weights[feature] = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of examples) {
      const p = fieldProbability(model, example.features, example.cues);
      const step = options.rate * (p - (example.positive ? 1 : 0)) * (example.positive ? options.positiveWeight : 1);
      const scale = example.features.length ? 1 / Math.sqrt(example.features.length) : 0;
      model.bias -= step;
      for (const feature of example.features) {
        const weight = model.weights[feature];
        if (weight !== undefined) model.weights[feature] = weight * (1 - options.decay) - step * scale;
      }
      for (let i = 0; i < example.cues.length; i++) model.cues[i] -= step * example.cues[i];
    }
  }
  const weights: Record<string, number> = {};
  for (const feature of Object.keys(model.weights).sort()) if (Math.abs(model.weights[feature]) >= NEGLIGIBLE) weights[feature] = round(model.weights[feature]);
  return { bias: round(model.bias), cues: model.cues.map(round), weights };
}
