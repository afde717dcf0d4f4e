/**
 * npm run train-facts [-- --check] — retrain src/lib/extract/fact-model.json (the learned second opinion of
 * facts.ts) from the project's own evaluation sets (scripts/lib/fact-model-data.ts says which, and how a unit is
 * labelled). Training is deterministic: --check retrains in memory and fails when the committed file differs.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildFactModel, serializeModel } from './lib/fact-model-data.ts';
import { writeAtomic } from './lib/fs-atomic.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const out = fileURLToPath(new URL('../src/lib/extract/fact-model.json', import.meta.url));
const fixtures = fileURLToPath(new URL('../tests/fixtures', import.meta.url));
const { model, examples } = buildFactModel(fixtures);
const text = serializeModel(model);
const counts = Object.entries(model.fields).map(([field, m]) => `${field}: ${Object.keys(m!.weights).length} weights, ${examples[field].filter((e) => e.positive).length} of ${examples[field].length} units positive`);
if (values.check) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(`train-facts --check: ${same ? 'the committed model is what the sets train' : `${out} differs from a retrain: run npm run train-facts`}`);
  process.exit(same ? 0 : 1);
}
writeAtomic(out, text);
console.log(`train-facts: ${model.trainedOn.length} sets → ${out}\n  ${counts.join('\n  ')}`);
