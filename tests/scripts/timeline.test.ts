import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'hindsight-timeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, ['scripts/timeline.ts', ...args], { input, encoding: 'utf8' });

describe('npm run timeline', { timeout: 60_000 }, () => {
  it('turns a notes file into timeline YAML and a mermaid block', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, '19:56 收到告警\n20:30 重启 et 进程\n21:10 数据恢复\n');
    const r = run([file, '--date', '2021-02-25']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^timeline:\n {2}- at: "2021-02-25T19:56"\n {4}when: "19:56"\n {4}text: "收到告警"\n {4}line: 1\n/);
    expect(r.stdout).toMatch(/\n```mermaid\ngantt\n[\s\S]*\n```\n$/);
  });
  it('reads stdin, and GB18030 notes like ingest does', () => {
    const r = run(['--format', 'json'], Buffer.from(new TextEncoder().encode('[2021-12-12 00:02] 张三: 切回 DataStream\n')));
    expect(JSON.parse(r.stdout).timeline[0]).toMatchObject({ at: '2021-12-12T00:02', text: '张三: 切回 DataStream' });
    const gbk = Buffer.from([0x31, 0x34, 0x3a, 0x35, 0x31, 0x20, 0xca, 0xd5, 0xb5, 0xbd, 0xb8, 0xe6, 0xbe, 0xaf, 0x0a]); // "14:51 收到告警" in GBK
    const g = run(['--format', 'json', '--date', '2021-02-25', '-'], gbk);
    expect(JSON.parse(g.stdout).timeline[0]).toMatchObject({ at: '2021-02-25T14:51', text: '收到告警' });
  });
  it('exits 1 when no event is found, 2 on bad arguments', () => {
    const none = run([], 'nothing timed here\n');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no timestamped event/);
    expect(run(['--date', '2021-02-30'], '').status).toBe(2);
    expect(run(['--format', 'xml'], '').status).toBe(2);
    expect(run([join(dir, 'missing.txt')]).status).toBe(2);
    expect(run([], '').status).toBe(1);
  });
});
