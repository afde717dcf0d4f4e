/**
 * The training data of src/lib/extract/category-model.json: every category the keyword scoring finds in a report of
 * the project's own evaluation sets (TRAINING_SETS, as for the fact model), read as ingest reads it, labelled by
 * whether the set's gold names it among the report's root-cause kinds.
 */
import { join } from 'node:path';
import { classifyInput } from '../../src/lib/ingest.ts';
import { extractFacts } from '../../src/lib/extract/facts.ts';
import { chooseCategories, scoreCategories } from '../../src/lib/extract/classify.ts';
import { candidateInputs, type CategoryModel } from '../../src/lib/extract/category-model.ts';
import { trainFieldModel, type Example, type TrainOptions } from '../../src/lib/extract/fact-model-train.ts';
import type { Category } from '../../src/lib/taxonomy.ts';
import { TRAINING_SETS } from './fact-model-data.ts';
import { readOwnSet } from './own-sets.ts';

/**
 * Few examples (a few hundred candidates) of a dozen inputs: more passes at a smaller rate than the fact model's,
 * and a stronger decay on the categories' own weights (a category seen in a few reports must not learn them).
 */
export const CATEGORY_TRAINING: TrainOptions = { epochs: 30, rate: 0.05, decay: 1e-3, positiveWeight: 1, minGroups: 1 };

/** Each scored category of one report, best first, with its gold label. */
export interface ScoredReport {
  group: string;
  gold: string[];
  scored: ReturnType<typeof scoreCategories>;
}

/** The scored reports of one set folder (reports/ and gold/). */
export function setReports(dir: string, group: string, categories: Category[]): ScoredReport[] {
  return readOwnSet(dir).map(({ gold, report: { split, tree, sections } }) => {
    const facts = extractFacts(sections, split.body.length);
    return { group, gold: gold.root_cause_kind ?? [], scored: scoreCategories(classifyInput(tree, split.data.title, sections, facts), categories) };
  });
}

export function categoryExamples(reports: ScoredReport[]): Example[] {
  return reports.flatMap((report) =>
    report.scored.map((candidate, rank) => {
      const { features, inputs } = candidateInputs(report.scored, rank);
      return { features, cues: inputs, positive: report.gold.includes(candidate.id), group: report.group };
    }),
  );
}

/** The model trained on the sets under `fixtures` (tests/fixtures). */
export function buildCategoryModel(fixtures: string, categories: Category[], sets = TRAINING_SETS): { model: CategoryModel; examples: Example[] } {
  const examples = categoryExamples(sets.flatMap((set) => setReports(join(fixtures, set), set, categories)));
  return { model: { trainedOn: sets, ...trainFieldModel(examples, CATEGORY_TRAINING) }, examples };
}

export interface FoldScore {
  threshold: number;
  recall: number;
  precision: number;
}

/**
 * Category recall and precision (the scorer's: gold kinds found, chosen ones right, `unknown` counted as a choice)
 * of each set's reports under a model trained on the other sets, summed over the sets, for each threshold.
 */
export function leaveOneSetOut(fixtures: string, categories: Category[], thresholds: number[], sets = TRAINING_SETS): FoldScore[] {
  const bySet = new Map(sets.map((set) => [set, setReports(join(fixtures, set), set, categories)]));
  const totals = thresholds.map(() => ({ gold: 0, hit: 0, chosen: 0 }));
  for (const left of sets) {
    const model = trainFieldModel(categoryExamples(sets.filter((s) => s !== left).flatMap((s) => bySet.get(s)!)), CATEGORY_TRAINING);
    for (const report of bySet.get(left)!) {
      thresholds.forEach((threshold, i) => {
        const chosen = chooseCategories(report.scored, categories, model, threshold).categories;
        totals[i].gold += report.gold.length;
        totals[i].chosen += chosen.length;
        totals[i].hit += report.gold.filter((id) => chosen.includes(id)).length;
      });
    }
  }
  return thresholds.map((threshold, i) => ({ threshold, recall: totals[i].hit / totals[i].gold, precision: totals[i].hit / totals[i].chosen }));
}
