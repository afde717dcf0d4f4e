/**
 * A learned choice among the categories the keyword scoring found (classify.ts): which of them the report is about.
 *
 * The keyword scores say how much a report speaks of each category, not whether that is its root cause: a fixed
 * cut (a minimum score, a share of the best) kept too few of the categories teams name as a second cause (a
 * configuration change or an operator's step behind an overload) and too many of those a report merely mentions.
 * A logistic regression over each candidate's score, its rank and distance to the others, where its evidence stands
 * (a stated cause, the title, symptoms, fixes) and the category itself, trained by `npm run train-models` on the
 * project's own evaluation sets (the same sets as the fact model: never the development corpus, the check sets or
 * a set not yet scored untouched). The evidence is still the keyword hits; the model only decides which to keep.
 * A category added to content/categories.yaml later has no weight of its own: its shape of evidence decides.
 */
import type { CategoryEvidence } from '../schema.ts';
import { fieldProbability, type FieldModel } from './fact-model.ts';
import TRAINED from './category-model.json' with { type: 'json' };

export interface CategoryModel extends FieldModel {
  /** The evaluation sets it was trained on, by folder name. */
  trainedOn: string[];
}

export const CATEGORY_MODEL = TRAINED as CategoryModel;

/**
 * A candidate at least this likely is chosen. Picked on the training sets, each left out of the training in turn
 * (`npm run train-models -- --folds`), as the lowest that kept category precision at 0.65 or more: the issue's
 * floor of 0.6 with a margin, as unseen shapes score lower than the sets left out.
 */
export const CHOSEN = 0.22;

/** Where evidence can stand (a match's field), in the order of the inputs; anything else is prose. */
const PLACES = ['causes', 'title', 'symptoms', 'fixes', 'action_items'];
/** Distinct terms beyond this say nothing more. */
const MAX_TERMS = 5;

export interface CandidateInputs {
  /** Named features: the candidate's rank and its category. */
  features: string[];
  /** Numeric inputs (the model's `cues` weights): score, share of the best, lead over the next, terms, places. */
  inputs: number[];
}

/** What the model knows of the candidate at `rank` among a report's scored categories (best first). */
export function candidateInputs(scored: CategoryEvidence[], rank: number): CandidateInputs {
  const { id, score, matches } = scored[rank];
  const best = scored[0].score || 1;
  const next = scored[rank + 1]?.score ?? 0;
  const places = [...PLACES, 'other'].map(() => 0);
  for (const match of matches) {
    const at = PLACES.indexOf(match.field ?? '');
    places[at < 0 ? PLACES.length : at] += 0.25;
  }
  return {
    features: [`rank=${Math.min(rank, 3)}`, `category=${id}`],
    inputs: [Math.log1p(score), score / best, (score - next) / best, Math.min(MAX_TERMS, new Set(matches.map((m) => m.term)).size) / MAX_TERMS, ...places],
  };
}

/** The probability that the candidate at `rank` is one of the report's root-cause categories. */
export function categoryProbability(scored: CategoryEvidence[], rank: number, model: FieldModel = CATEGORY_MODEL): number {
  const { features, inputs } = candidateInputs(scored, rank);
  return fieldProbability(model, features, inputs);
}
