/**
 * npm run train-models [-- --check] — retrain the learned parts of the extractor from the project's own evaluation
 * sets (scripts/lib/fact-model-data.ts says which):
 * - src/lib/extract/fact-model.json, the second opinion on fixes in sentences the cue rules left unread;
 * - src/lib/extract/category-model.json, the choice among the categories the keyword scoring found. It reads the
 *   facts and categories ingest finds, so it is retrained after the fact model and whenever the rules or
 *   content/categories.yaml change.
 * Training is deterministic: --check retrains in memory and fails when a committed file differs. --folds prints
 * the category model's recall and precision on each set left out of its training, for a range of thresholds
 * (how category-model.ts's CHOSEN was picked).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildFactModel, serializeModel } from './lib/fact-model-data.ts';
import { buildCategoryModel, leaveOneSetOut } from './lib/category-model-data.ts';
import { CHOSEN } from '../src/lib/extract/category-model.ts';
import { loadKnowledge } from './lib/knowledge.ts';
import { writeAtomic } from './lib/fs-atomic.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, folds: { type: 'boolean' } } });
const fixtures = fileURLToPath(new URL('../tests/fixtures', import.meta.url));
if (values.folds) {
  console.log('category model, each training set left out in turn:');
  for (const { threshold, recall, precision } of leaveOneSetOut(fixtures, loadKnowledge().categories, [0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35])) {
    console.log(`  threshold ${threshold.toFixed(2)}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}${threshold === CHOSEN ? '  ← CHOSEN' : ''}`);
  }
  process.exit(0);
}
const factFile = fileURLToPath(new URL('../src/lib/extract/fact-model.json', import.meta.url));
const categoryFile = fileURLToPath(new URL('../src/lib/extract/category-model.json', import.meta.url));
const readOr = (file: string) => { try { return readFileSync(file, 'utf8'); } catch { return ''; } };

const facts = buildFactModel(fixtures);
const factText = serializeModel(facts.model);
const factCounts = Object.entries(facts.model.fields).map(([field, m]) => `${field}: ${Object.keys(m!.weights).length} weights, ${facts.examples[field].filter((e) => e.positive).length} of ${facts.examples[field].length} units positive`);
const factSame = readOr(factFile) === factText;
// the category model learns from the facts ingest finds with the fact model loaded now, the committed one
const categories = buildCategoryModel(fixtures, loadKnowledge().categories);
const categoryText = serializeModel(categories.model);
const categorySame = readOr(categoryFile) === categoryText;

if (values.check) {
  const stale = [!factSame && factFile, !categorySame && categoryFile].filter(Boolean);
  console.log(`train-models --check: ${stale.length ? `${stale.join(' and ')} ${stale.length > 1 ? 'differ' : 'differs'} from a retrain: run npm run train-models` : 'the committed models are what the sets train'}`);
  process.exit(stale.length ? 1 : 0);
}
writeAtomic(factFile, factText);
console.log(`train-models: ${facts.model.trainedOn.length} sets → ${factFile}\n  ${factCounts.join('\n  ')}`);
if (!factSame) {
  // the categories were learned from facts found with the previous fact model: one more run learns from the new one
  console.log('the fact model changed: run npm run train-models again to retrain the category model on its facts');
  process.exit(1);
}
writeAtomic(categoryFile, categoryText);
console.log(`  → ${categoryFile}\n  categories: ${Object.keys(categories.model.weights).length} weights, ${categories.examples.filter((e) => e.positive).length} of ${categories.examples.length} candidates positive`);
