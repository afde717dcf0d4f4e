/**
 * npm run score — ingest each scored set into a scratch folder and score the extraction against its
 * hand-written gold with ../shared/tools/score-extraction.mjs:
 *   - the development corpus (../shared/corpus): real public postmortems, the set the targets are on;
 *   - our own sets A and B (tests/fixtures/heldout, heldout-b): 12 and 14 reports written for this project in
 *     other shapes, to see whether a rule tuned on the corpus carries over (each was scored once untouched,
 *     then used to find general mistakes, so neither is unseen any more), and set C (heldout-c), 12 reports
 *     scored once at the end and never tuned on: the honest check.
 * Extra arguments (e.g. --json) go to the scorer. The exit code is the corpus run's.
 */
import { existsSync, rmSync } from 'node:fs';
import { run } from './lib/run.ts';

const scorer = process.env.HINDSIGHT_SCORER ?? '../shared/tools/score-extraction.mjs';
const sets = [
  { name: 'development corpus', reports: process.env.HINDSIGHT_CORPUS ?? '../shared/corpus', gold: `${process.env.HINDSIGHT_CORPUS ?? '../shared/corpus'}/gold`, out: 'tmp/score-out' },
  { name: 'own set A (tests/fixtures/heldout)', reports: 'tests/fixtures/heldout/reports', gold: 'tests/fixtures/heldout/gold', out: 'tmp/score-own' },
  { name: 'own set B (tests/fixtures/heldout-b)', reports: 'tests/fixtures/heldout-b/reports', gold: 'tests/fixtures/heldout-b/gold', out: 'tmp/score-own-b' },
  { name: 'own set C, never tuned on (tests/fixtures/heldout-c)', reports: 'tests/fixtures/heldout-c/reports', gold: 'tests/fixtures/heldout-c/gold', out: 'tmp/score-own-c' },
];

let exitCode = 0;
for (const [i, set] of sets.entries()) {
  if (!existsSync(set.reports)) {
    console.error(`no reports at ${set.reports}${i === 0 ? ' (set HINDSIGHT_CORPUS)' : ''}`);
    if (i === 0) process.exit(2);
    continue;
  }
  console.log(`\n== ${set.name}`);
  rmSync(set.out, { recursive: true, force: true });
  await run(process.execPath, ['scripts/ingest.ts', '--in', set.reports, '--out', set.out]);
  const code = await run(process.execPath, [scorer, '--gold', set.gold, '--out', set.out, ...process.argv.slice(2)]);
  if (i === 0) exitCode = code;
}
process.exitCode = exitCode;
