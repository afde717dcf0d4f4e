/**
 * The ingest CLI end to end on the hostile fixtures (issue #7): it names each bad file, carries on, prints no
 * stack trace, exits 1; never touches its input; re-runs byte-identically; keeps human edits; stays in bounds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectOutput } from '../../scripts/lib/generated.ts';
import { SAFE_MATTER_OPTIONS } from '../../src/lib/extract/frontmatter.ts';
import { postmortemSchema } from '../../src/lib/schema.ts';

const HOSTILE = 'tests/fixtures/hostile';
const root = mkdtempSync(join(tmpdir(), 'hindsight-ingest-'));
const inbox = join(root, 'inbox');
const out = join(root, 'out');

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--in', inbox, '--out', out, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1', HINDSIGHT_EXTRACTOR_VERSION: 'test' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: r.stdout.trim().split('\n').pop() ?? '' };
}

/** sha256 + mtime of every file under a folder, to prove nothing there changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    try {
      const s = statSync(path);
      files[name] = s.isFile() ? `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${s.mtimeMs} ${s.mode}` : `dir ${s.mode}`;
    } catch {
      files[name] = 'unreadable';
    }
  }
  return files;
}

const FAILING: Record<string, RegExp> = {
  'empty.md': /empty file/,
  'whitespace-only.txt': /only whitespace/,
  'binary.txt': /binary/,
  'malformed-yaml.md': /:4: malformed frontmatter/,
  'js-frontmatter.md': /:1: JavaScript frontmatter is never executed/,
  'yaml-alias-bomb.md': /:3: .*aliases/,
  'yaml-merge-key.md': /:4: .*merge keys/,
  'twenty-mb.txt': /too large: 20\.0 MB/,
  'folder.md': /unreadable: a directory/,
};

let first: ReturnType<typeof ingest>;
let elapsed = 0;
beforeAll(() => {
  cpSync(HOSTILE, inbox, { recursive: true });
  rmSync(join(inbox, 'workers'), { recursive: true });
  // the big ones are made here, not committed
  writeFileSync(join(inbox, 'twenty-mb.txt'), 'line of text 2021-01-01 10:00\n'.repeat(700_000));
  writeFileSync(join(inbox, 'one-mb-line.md'), `# one line\n\n${'ab cd *x* [y](z) <b>10:00</b> 2021-01-01 '.repeat(25_000)}\n`);
  writeFileSync(join(root, 'secret.md'), '# a secret outside the inbox');
  symlinkSync(join(root, 'secret.md'), join(inbox, 'outside-link.md'));
  symlinkSync(join(inbox, 'crlf.md'), join(inbox, 'inside-link.md'));
  mkdirSync(join(inbox, 'folder.md'));
  mkdirSync(join(root, 'other'));
  writeFileSync(join(root, 'other', 'crlf.md'), '# same stem, other folder\n');
  writeFileSync(join(inbox, 'file-with-spaces.md'), '# collides with "file with spaces.md"\n');
  const t0 = performance.now();
  first = ingest('--in', join(root, 'other'));
  elapsed = performance.now() - t0;
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest on hostile input', () => {
  it('names every bad file with its reason and line, prints no stack trace, exits 1', () => {
    expect(first.code).toBe(1);
    for (const [name, reason] of Object.entries(FAILING)) {
      const line = first.stderr.split('\n').find((l) => l.startsWith(join(inbox, name)));
      expect(line, `${name} in\n${first.stderr}`).toMatch(reason);
    }
    expect(first.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(first.stderr).not.toMatch(/Error:|TypeError|RangeError/);
  });
  it('prints one summary line with every count', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.md'));
    expect(first.summary).toMatch(new RegExp(`^ingest: 32 read, ${files.length} written, 0 unchanged, 0 kept, ${Object.keys(FAILING).length} failed, [1-9]\\d* warnings → `));
  });
  it('skips a symlink out of the inbox with a warning and reads one inside it', () => {
    expect(first.stderr).toMatch(/outside-link\.md: symlink to outside the input folder .*skipped/);
    expect(readdirSync(out).some((f) => f.startsWith('outside-link'))).toBe(false);
    expect(readFileSync(join(out, 'inside-link.md'), 'utf8')).toContain('Windows line endings');
  });
  it('keeps going in bounded time: the 1 MB line is ingested, the 20 MB file refused before reading', () => {
    expect(existsSync(join(out, 'one-mb-line.md'))).toBe(true);
    expect(elapsed).toBeLessThan(20_000);
  });
  it('writes only valid postmortems, with distinct ids, all inside the output folder', () => {
    const files = readdirSync(out);
    expect(files.every((f) => f.endsWith('.md') && !f.startsWith('.'))).toBe(true);
    expect(files).toContain('数据库-故障报告.md');
    expect(files).toContain('path-traversal.md');
    expect(files.filter((f) => f.startsWith('crlf'))).toHaveLength(2);
    expect(files.filter((f) => f.startsWith('file-with-spaces'))).toHaveLength(2);
    expect(readdirSync(root).sort()).toEqual(['inbox', 'other', 'out', 'secret.md']);
    for (const f of files) {
      const parsed = matter(readFileSync(join(out, f), 'utf8'), SAFE_MATTER_OPTIONS);
      expect(() => postmortemSchema.parse(parsed.data), f).not.toThrow();
      for (const key of ['slug', 'id', 'permalink', 'layout']) expect(parsed.data[key], `${f} ${key}`).toBeUndefined();
    }
  });
  it('decodes every encoding and records it', () => {
    const enc = (id: string) => matter(readFileSync(join(out, `${id}.md`), 'utf8'), SAFE_MATTER_OPTIONS).data.generated.encoding;
    expect(enc('gbk-report')).toBe('gb18030');
    expect(enc('gb18030-report')).toBe('gb18030');
    expect(readFileSync(join(out, 'gb18030-report.md'), 'utf8')).toContain('𠀀 生僻字与 € 符号');
    expect(enc('utf16-bom')).toBe('utf-16le');
    expect(enc('utf16be-bom')).toBe('utf-16be');
    expect(enc('utf8-bom')).toBe('utf-8-bom');
    expect(readFileSync(join(out, 'crlf.md'), 'utf8')).not.toContain('\r');
    expect(readFileSync(join(out, 'cr-only.md'), 'utf8')).toContain('Old Mac report\n\nIt broke');
  });
  it('never rolls impossible dates over, keeps future dates valid, and gives duplicate titles their own files', () => {
    const data = (id: string) => matter(readFileSync(join(out, `${id}.md`), 'utf8'), SAFE_MATTER_OPTIONS).data;
    const impossible = readFileSync(join(out, 'impossible-dates.md'), 'utf8').split('\n---\n')[0];
    expect(impossible).not.toMatch(/2021-03-0[12]|2021-02-30T|25:61/);
    expect(() => postmortemSchema.parse(data('future-dates'))).not.toThrow();
    expect(data('duplicate-title-a').title).toBe(data('duplicate-title-b').title);
  });
  it('never executes JavaScript frontmatter', () => {
    expect(existsSync('/tmp/hindsight-pwned')).toBe(false);
  });
});

describe('ingest re-runs', { timeout: 60_000 }, () => {
  it('leave the inbox untouched and the output byte-identical, without parsing', () => {
    const inboxBefore = snapshot(inbox);
    const outBefore = snapshot(out);
    const again = ingest('--in', join(root, 'other'));
    expect(again.code).toBe(1);
    expect(again.summary).toMatch(/ 0 written, \d+ unchanged, 0 kept, 9 failed/);
    expect(snapshot(out)).toEqual(outBefore);
    expect(snapshot(inbox)).toEqual(inboxBefore);
  });
  it('keep a human edit, and --force regenerates it', () => {
    const path = join(out, 'raw-html.md');
    const generated = readFileSync(path, 'utf8');
    writeFileSync(path, `${generated}\nA note a person added.\n`);
    const kept = ingest('--in', join(root, 'other'));
    expect(kept.stderr).toMatch(/raw-html\.md: kept human edit in .*raw-html\.md/);
    expect(kept.summary).toMatch(/ 1 kept, /);
    expect(readFileSync(path, 'utf8')).toContain('A note a person added.');
    const forced = ingest('--in', join(root, 'other'), '--force');
    expect(forced.summary).toMatch(/ 0 kept, /);
    expect(readFileSync(path, 'utf8')).not.toContain('A note a person added.');
    expect(inspectOutput(readFileSync(path, 'utf8')).pristine).toBe(true);
  });
  it('regenerate a file whose input changed', () => {
    const src = join(inbox, 'future-dates.md');
    const before = readFileSync(join(out, 'future-dates.md'), 'utf8');
    writeFileSync(src, `${readFileSync(src, 'utf8')}- 2999-01-02 more\n`);
    const r = ingest('--in', join(root, 'other'));
    expect(r.summary).toMatch(/ [1-9]\d* written, /);
    expect(readFileSync(join(out, 'future-dates.md'), 'utf8')).not.toBe(before);
  });
});

describe('ingest and unreadable files', { timeout: 60_000 }, () => {
  it.skipIf(process.getuid?.() === 0)('reports a file it may not read (chmod 000) and carries on', () => {
    const path = join(inbox, 'locked.md');
    writeFileSync(path, '# locked');
    chmodSync(path, 0);
    const r = ingest('--in', join(root, 'other'));
    chmodSync(path, 0o644);
    expect(r.stderr).toMatch(/locked\.md: unreadable: permission denied/);
  });
});
