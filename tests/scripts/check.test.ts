import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/authoring/hand-written.md';
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-check-'));
  cpSync(FIXTURE, join(dir, 'good.md'));
  const draft = readFileSync(FIXTURE, 'utf8').replace('review: "reviewed"', 'review: "draft"').replace('title: "data_api', 'title: "draft data_api').replace(/^causes:\n(  - .*\n)+/m, 'causes: []\n');
  writeFileSync(join(dir, 'warn.md'), draft);
  writeFileSync(join(dir, 'broken.md'), '---\ntitle: "x"\ncategories: [oops\n---\nbody\n');
  writeFileSync(join(dir, 'js.md'), '---js\n{ title: (() => { require("fs").writeFileSync("pwned", "") })() }\n---\nbody\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check', { timeout: 60_000 }, () => {
  it('exits 0 on a clean file and says so', () => {
    const r = run(join(dir, 'good.md'));
    expect(r.stdout.trim()).toBe('1 file checked, no problems');
    expect(r.status).toBe(0);
  });
  it('exits 0 on warnings, 1 with --strict', () => {
    const r = run(join(dir, 'warn.md'));
    expect(r.stdout).toMatch(new RegExp(`warn\\.md:12:9  warning  no cause: .*  \\(no-cause\\)`));
    expect(r.status).toBe(0);
    expect(run('--strict', join(dir, 'warn.md')).status).toBe(1);
  });
  it('reports broken YAML and ---js with file:line, carries on with the other files, and exits 1', () => {
    const r = run(dir);
    const lines = r.stdout.trim().split('\n');
    expect(lines.find((l) => l.includes('broken.md'))).toMatch(/broken\.md:[34]:\d+  error  YAML: .*\(frontmatter\)$/);
    expect(lines.find((l) => l.includes('js.md'))).toMatch(/js\.md:1:4  error  ---js frontmatter is never executed.*\(frontmatter\)$/);
    expect(lines.some((l) => l.includes('warn.md'))).toBe(true);
    expect(lines.at(-1)).toMatch(/in 4 files$/);
    expect(existsSync('pwned') || existsSync(join(dir, 'pwned'))).toBe(false);
    expect(r.status).toBe(1);
  });
  it('prints ESLint JSON with --format json', () => {
    const r = run('--format', 'json', join(dir, 'good.md'), join(dir, 'warn.md'));
    const report = JSON.parse(r.stdout);
    expect(report.map((f: { errorCount: number; warningCount: number }) => [f.errorCount, f.warningCount])).toEqual([[0, 0], [0, 1]]);
    expect(report[1].messages[0]).toMatchObject({ ruleId: 'no-cause', severity: 1, line: 12, column: 9 });
  });
  it('checks content/postmortems by default without errors', () => {
    const r = run();
    expect(r.stdout).toMatch(/in \d+ files|files? checked/);
    expect(r.status).toBe(0);
  });
  it('exits 2 on a file that is not there or a bad option', () => {
    expect(run(join(dir, 'nope.md')).status).toBe(2);
    expect(run('--format', 'xml').status).toBe(2);
  });
});
