/**
 * npm run score — ingest the development corpus (../shared/corpus) into a scratch folder and score the
 * extraction against its hand-written gold with ../shared/tools/score-extraction.mjs. Extra arguments
 * (e.g. --json) go to the scorer.
 */
import { existsSync, rmSync } from 'node:fs';
import { run } from './lib/run.ts';

const corpus = process.env.HINDSIGHT_CORPUS ?? '../shared/corpus';
const scorer = process.env.HINDSIGHT_SCORER ?? '../shared/tools/score-extraction.mjs';
const out = 'tmp/score-out';
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (set HINDSIGHT_CORPUS)`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
await run(process.execPath, ['scripts/ingest.ts', '--in', corpus, '--out', out]);
process.exitCode = await run(process.execPath, [scorer, '--gold', `${corpus}/gold`, '--out', out, ...process.argv.slice(2)]);
