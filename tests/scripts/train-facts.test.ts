import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run train-facts -- --check', () => {
  it('finds the committed model equal to a retrain on the own sets (training is deterministic)', () => {
    const run = spawnSync(process.execPath, ['scripts/train-facts.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout).toContain('the committed model is what the sets train');
    expect(run.status).toBe(0);
  }, 60_000);
});
