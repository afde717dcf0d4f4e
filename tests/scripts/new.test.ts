import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runNew } from '../../scripts/new.ts';

const dirs: string[] = [];
const tmp = () => dirs[dirs.push(mkdtempSync(join(tmpdir(), 'hindsight-new-'))) - 1];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
const check = (file: string) => spawnSync(process.execPath, ['scripts/check.ts', file], { encoding: 'utf8' });

describe('npm run new, by flags', { timeout: 60_000 }, () => {
  it('writes <date>-<slug>.md, prints the path and next steps, and the scaffold passes npm run check', () => {
    const dir = tmp();
    const r = cli('--title', 'Kafka 消费积压导致数据中断', '--date', '2026-11-20', '--lang', 'zh', '--categories', 'capacity-overload,config-change', '--technologies', 'kafka', '--yes', '--dir', dir);
    const file = join(dir, '2026-11-20-kafka-消费积压导致数据中断.md');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Created ');
    expect(r.stdout).toMatch(/2026-11-20-kafka-消费积压导致数据中断\.md/);
    expect(r.stdout).toMatch(/npm run check -- .*2026-11-20-kafka/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^categories:\n {2}- "capacity-overload"\n {2}- "config-change"$/m);
    expect(text).toContain('## 处理方式');
    const checked = check(file);
    expect(checked.status).toBe(0);
    expect(checked.stdout).not.toMatch(/  error  /);
  });
  it('defaults the date to today and the language to the title’s', () => {
    const dir = tmp();
    expect(cli('--title', 'Disk full', '--dir', dir).status).toBe(0);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-disk-full\.md$/);
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^language: "en"$/m);
  });
  it('never overwrites an existing file', () => {
    const dir = tmp();
    const args = ['--title', 'Disk full', '--date', '2026-11-20', '--yes', '--dir', dir];
    expect(cli(...args).status).toBe(0);
    const file = join(dir, '2026-11-20-disk-full.md');
    writeFileSync(file, 'my edits');
    const again = cli(...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; not overwritten/);
    expect(readFileSync(file, 'utf8')).toBe('my edits');
  });
  it('refuses bad answers with exit 2 and writes nothing', () => {
    const dir = tmp();
    const r = cli('--title', 'x', '--date', '2026-02-30', '--lang', 'fr', '--categories', 'gremlins', '--dir', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/real date/);
    expect(r.stderr).toMatch(/zh or en/);
    expect(r.stderr).toMatch(/unknown category "gremlins"/);
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
    expect(cli('--dir', dir).stderr).toMatch(/a title is required/);
  });
});

/** Feeds keystrokes to a running prompt, each once the output shows `when`. */
async function drive(getOutput: () => string, write: (s: string) => void, steps: [RegExp, string][]) {
  for (const [when, keys] of steps) {
    for (let i = 0; i < 800 && !when.test(getOutput()); i++) await new Promise((r) => setTimeout(r, 25));
    expect(getOutput()).toMatch(when);
    write(keys);
  }
}

const DOWN = '\x1b[B';

describe('npm run new, interactively', { timeout: 60_000 }, () => {
  it('asks for each answer with @clack/prompts (injected streams) and writes the file', async () => {
    const dir = tmp();
    const input = new PassThrough();
    const output = new PassThrough();
    const error = new PassThrough();
    let out = '';
    output.on('data', (d) => (out += d));
    const done = runNew(['--dir', dir], { input, output, error, interactive: true, today: '2026-11-20' });
    await drive(() => out, (s) => input.write(s), [
      [/Title/, 'Flink 作业 OOM\r'],
      [/Date the incident began/, '\r'], // accepts today
      [/Language of the headings/, `${DOWN}\r`], // zh was proposed for a Chinese title: down → English
      [/Root-cause categories/, ` ${DOWN} \r`], // the first two categories
      [/Technologies/, 'flink, kafka\r'],
    ]);
    expect(await done).toBe(0);
    const text = readFileSync(join(dir, '2026-11-20-flink-作业-oom.md'), 'utf8');
    expect(text).toMatch(/^language: "en"$/m);
    expect(text).toContain('## Root cause');
    expect(text).toMatch(/^categories:\n {2}- "capacity-overload"\n {2}- "config-change"$/m);
    expect(text).toMatch(/^technologies:\n {2}- "flink"\n {2}- "kafka"$/m);
  });

  it('asks only what the flags left out, and writes nothing when cancelled', async () => {
    const dir = tmp();
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d) => (out += d));
    const done = runNew(['--dir', dir, '--title', 'x', '--date', '2026-11-20', '--lang', 'en'], { input, output, error: new PassThrough(), interactive: true });
    await drive(() => out, (s) => input.write(s), [[/Root-cause categories/, '\x03']]);
    expect(await done).toBe(1);
    expect(out).not.toMatch(/Title|Date the incident/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(existsSync('/usr/bin/script'))('runs the real CLI on a pseudo-terminal (script -qc)', async () => {
    const dir = tmp();
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
    delete env.CI;
    delete env.GITHUB_ACTIONS;
    const child = spawn('script', ['-qec', `stty cols 120 rows 40; '${process.execPath}' scripts/new.ts --dir '${dir}'`, '/dev/null'], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const closed = new Promise<number | null>((ok) => child.on('close', ok));
    await drive(() => out, (s) => child.stdin.write(s), [
      [/Title/, 'Typed on a TTY\r'],
      [/Date the incident began/, '2026-11-21\r'],
      [/Language of the headings/, '\r'],
      [/Root-cause categories/, '\r'],
      [/Technologies/, '\r'],
    ]);
    expect(await closed).toBe(0);
    child.stdin.end();
    expect(out).toMatch(/Created .*2026-11-21-typed-on-a-tty\.md/);
    const text = readFileSync(join(dir, '2026-11-21-typed-on-a-tty.md'), 'utf8');
    expect(text).toMatch(/^categories: \[\]/m);
    expect(text).toContain('## Symptoms');
  });
});
