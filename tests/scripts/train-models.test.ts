import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe("npm run train-models -- --check", () => {
  it('finds the committed models equal to a retrain on the own sets (training is deterministic)', () => {
    const run = spawnSync(process.execPath, ['scripts/train-models.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout).toContain('the committed models are what the sets train');
    expect(run.status).toBe(0);
  }, 60_000);
});
