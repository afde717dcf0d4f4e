import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractorVersion, inputHash, inspectOutput, stampOutput } from '../../scripts/lib/generated.ts';
import { listInputs } from '../../scripts/lib/ingest-files.ts';
import { createPool } from '../../scripts/lib/worker-pool.ts';

const sample = (extra = '') =>
  `---\ntitle: "x"\nsource_frontmatter:\n  generated:\n    output_sha256: ""\n${extra}generated:\n  input_sha256: "${'a'.repeat(64)}"\n  output_sha256: ""\n  encoding: "utf-8"\n---\nbody\n`;

describe('the generated stamp', () => {
  it('round-trips: a stamped file is pristine, any edit is not', () => {
    const stamped = stampOutput(sample());
    expect(stamped).toMatch(/\n {2}output_sha256: "[0-9a-f]{64}"\n {2}encoding/);
    expect(stamped).toContain('  generated:\n    output_sha256: ""\n'); // a source field of the same name is left alone
    expect(inspectOutput(stamped)).toEqual({ inputSha: 'a'.repeat(64), pristine: true });
    expect(inspectOutput(stamped.replace('body', 'body edited')).pristine).toBe(false);
    expect(inspectOutput(stamped.replace(/\n/g, '\r\n')).pristine).toBe(false);
  });
  it('treats a file without a stamp as written by a person', () => {
    expect(inspectOutput('---\ntitle: "x"\n---\nbody\n')).toEqual({ inputSha: null, pristine: false });
    expect(inspectOutput('no frontmatter at all')).toEqual({ inputSha: null, pristine: false });
    expect(inspectOutput(`---\ntitle: "x"\n---\ngenerated:\n  output_sha256: "${'b'.repeat(64)}"\n`).pristine).toBe(false);
  });
  it('keys the input hash by extractor version and source path', () => {
    const bytes = new TextEncoder().encode('report');
    expect(inputHash(bytes, 'v1', 'a.md')).not.toBe(inputHash(bytes, 'v2', 'a.md'));
    expect(inputHash(bytes, 'v1', 'a.md')).not.toBe(inputHash(bytes, 'v1', 'b.md'));
    expect(inputHash(bytes, 'v1', 'a.md')).toBe(inputHash(bytes, 'v1', 'a.md'));
    expect(extractorVersion('content')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('listInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'hindsight-list-'));
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a.md'), '# a');
  writeFileSync(join(inbox, '.hidden.md'), '# hidden');
  writeFileSync(join(inbox, 'notes.pdf'), 'x');
  writeFileSync(join(root, 'secret.md'), '# outside');
  symlinkSync(join(inbox, 'a.md'), join(inbox, 'inside-link.md'));
  symlinkSync(join(root, 'secret.md'), join(inbox, 'outside-link.md'));
  symlinkSync(join(root, 'missing.md'), join(inbox, 'dangling.md'));
  mkdirSync(join(inbox, 'folder.md'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads links that stay inside the folder, skips the others with a warning, fails non-files', () => {
    const { files, problems } = listInputs([inbox], root);
    expect(files.map((f) => f.sourcePath)).toEqual(['inbox/a.md', 'inbox/inside-link.md']);
    const byName = Object.fromEntries(problems.map((p) => [p.path.split('/').pop(), p]));
    expect(byName['outside-link.md']).toMatchObject({ kind: 'warning', message: expect.stringMatching(/outside the input folder/) });
    expect(byName['dangling.md']).toMatchObject({ kind: 'warning', message: expect.stringMatching(/dangling/) });
    expect(byName['folder.md']).toMatchObject({ kind: 'failure', message: expect.stringMatching(/directory/) });
  });
  it('reports a missing input', () => {
    expect(listInputs([join(root, 'nope')], root).problems[0]).toMatchObject({ kind: 'failure' });
  });
});

describe('createPool', () => {
  const script = new URL('../fixtures/hostile/workers/hang.ts', import.meta.url);
  it('fails a task that runs past its budget or out of memory, and carries on with the others', async () => {
    const pool = createPool({ script, size: 2, timeoutMs: 1500, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    const results = await Promise.allSettled(['a', 'hang', 'b', 'oom', 'c', 'd'].map((t) => pool.run<string>(t)));
    await pool.close();
    const shown = results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message));
    expect(shown[0]).toBe('echo a');
    expect(shown[1]).toMatch(/longer than 1500 ms/);
    expect(shown[3]).toMatch(/memory|crashed|exited|longer/);
    expect(shown.filter((s) => s.startsWith('echo'))).toHaveLength(4);
  }, 30_000);
  it('with tasks sent ahead (depth 3), only the running one fails; the ones queued behind it run elsewhere', async () => {
    const pool = createPool({ script, size: 2, depth: 3, timeoutMs: 1500, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    const tasks = ['a', 'hang', 'b', 'c', 'oom', 'd', 'e', 'f', 'g'];
    const results = await Promise.allSettled(tasks.map((t) => pool.run<string>(t)));
    await pool.close();
    const shown = results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message));
    expect(shown[1]).toMatch(/longer than 1500 ms/);
    expect(shown[4]).toMatch(/memory|crashed|exited|longer/);
    tasks.forEach((t, i) => t !== 'hang' && t !== 'oom' && expect(shown[i]).toBe(`echo ${t}`));
  }, 30_000);
  it('fails every task when the worker cannot start', async () => {
    const pool = createPool({ script: new URL('./does-not-exist.ts', import.meta.url), size: 1, timeoutMs: 1000 });
    await expect(pool.run('x')).rejects.toThrow(/failed to start/);
    await pool.close();
  });
});
