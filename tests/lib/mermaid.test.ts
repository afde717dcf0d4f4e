import { describe, expect, it } from 'vitest';
import { barsToMermaid, clip, escapeMermaid, ganttTime, pieToMermaid, timelineToMermaid } from '../../src/lib/mermaid.ts';
import type { TimelineEvent } from '../../src/lib/schema.ts';

const ev = (at: string | null, text: string, when = ''): TimelineEvent => ({ at, when, text, line: 1 });

describe('escapeMermaid', () => {
  it('encodes every character mermaid treats as syntax', () => {
    expect(escapeMermaid('a#b:c;d<e>f"g%h{i}j[k]l(m)n`o')).toBe('a#35;b#58;c#59;d#60;e#62;f#34;g#37;h#123;i#125;j#91;k#93;l#40;m#41;n#96;o');
  });
  it('turns newlines and tabs into single spaces', () => {
    expect(escapeMermaid('one\ntwo\r\n\tthree')).toBe('one two three');
  });
  it('escapes the first letter of keyword-like text, case-insensitively', () => {
    expect(escapeMermaid('section 2 failed')).toBe('#115;ection 2 failed');
    expect(escapeMermaid('Title: x')).toBe('#84;itle#58; x');
    expect(escapeMermaid('dateFormat')).toBe('#100;ateFormat');
    expect(escapeMermaid('click here')).toBe('#99;lick here');
    expect(escapeMermaid('accTitle')).toBe('#97;ccTitle');
    expect(escapeMermaid('end of day')).toBe('#101;nd of day');
  });
  it('leaves ordinary words, Chinese and full-width punctuation alone', () => {
    expect(escapeMermaid('sections lag')).toBe('sections lag');
    expect(escapeMermaid('消费积压：LAG 增长')).toBe('消费积压：LAG 增长');
  });
  it('never returns empty text, and leaves no raw markup', () => {
    expect(escapeMermaid(' \n ')).toBe('…');
    const out = escapeMermaid('<img src=x onerror="alert(1)">%%{init: {"securityLevel":"loose"}}%%');
    expect(out).not.toMatch(/[<>"{}%]/);
  });
});

describe('timelineToMermaid', () => {
  it('returns null without events', () => {
    expect(timelineToMermaid([])).toBeNull();
  });
  it('draws timed events as a gantt chart, one section per day, bars until the next event', () => {
    const d = timelineToMermaid([ev('2021-12-11T21:30', 'restart: SQL version'), ev('2021-12-12T00:01+08:00', 'section B'), ev('2021-12-12', 'done')])!;
    expect(d.kind).toBe('gantt');
    const lines = d.source.split('\n');
    expect(lines[0]).toBe('gantt');
    expect(lines).toContain('  section 2021-12-11');
    expect(lines).toContain('    1. restart#58; SQL version :e1, 2021-12-11 21:30, 2021-12-12 00:01');
    expect(lines).toContain('  section 2021-12-12');
    // going back in time (a date-only event) becomes a milestone
    expect(lines).toContain('    2. section B :milestone, e2, 2021-12-12 00:01, 0m');
    expect(lines.at(-1)).toBe('    3. done :milestone, e3, 2021-12-12 00:00, 0m');
  });
  it('picks an axis format for the span', () => {
    const axis = (a: string, b: string) => timelineToMermaid([ev(a, 'a'), ev(b, 'b')])!.source.split('\n').find((l) => l.includes('axisFormat'));
    expect(axis('2021-01-01T10:00', '2021-01-01T18:00')).toBe('  axisFormat %H:%M');
    expect(axis('2021-01-01T10:00', '2021-01-04T18:00')).toBe('  axisFormat %m-%d %H:%M');
    expect(axis('2021-01-01', '2021-03-01')).toBe('  axisFormat %m-%d');
    expect(axis('2021-01', '2022-03')).toBe('  axisFormat %Y-%m');
  });
  it('marks detection and resolution events', () => {
    const d = timelineToMermaid([{ ...ev('2021-01-01T10:00', 'alert'), kind: 'detect' }, { ...ev('2021-01-01T11:00', 'ok'), kind: 'resolve' }])!;
    expect(d.source).toContain(':crit, e1, 2021-01-01 10:00, 2021-01-01 11:00');
    expect(d.source).toContain(':milestone, done, e2, 2021-01-01 11:00, 0m');
  });
  it('draws untimed or partly timed steps as a numbered flowchart', () => {
    const d = timelineToMermaid([ev(null, 'check logs', 'step 1'), ev('2021-01-01', 'end "it"')])!;
    expect(d.kind).toBe('flowchart');
    expect(d.source.split('\n')).toEqual([
      'flowchart TD',
      '  accTitle: #84;imeline',
      '  s1["1. step 1 · check logs"]',
      '  s2["2. end #34;it#34;"]',
      '  s1 --> s2',
    ]);
  });
  it('a single event is a one-step flowchart', () => {
    expect(timelineToMermaid([ev('2021-01-01T00:00', 'x')])!.kind).toBe('flowchart');
  });
  it('stays one line per event with 30 hostile events, labels clipped', () => {
    const events = Array.from({ length: 30 }, (_, i) => ev(`2021-01-01T${String(i % 24).padStart(2, '0')}:00`, `section ${i}\n: "x" ${'long '.repeat(30)}`));
    const d = timelineToMermaid(events.sort((a, b) => a.at!.localeCompare(b.at!)))!;
    const tasks = d.source.split('\n').filter((l) => l.startsWith('    '));
    expect(tasks).toHaveLength(30);
    for (const t of tasks) {
      const label = t.split(' :')[0];
      expect(label).not.toMatch(/[:"\n]/);
      expect([...label.replace(/#\d+;/g, 'x')].length).toBeLessThan(60);
    }
  });
});

describe('helpers', () => {
  it('ganttTime keeps the wall clock and fills a month', () => {
    expect(ganttTime('2021-02-25T19:56:12+08:00')).toBe('2021-02-25 19:56');
    expect(ganttTime('2018-09')).toBe('2018-09-01 00:00');
  });
  it('clip shortens by display width: a Chinese character counts twice', () => {
    expect(clip('数据库'.repeat(30), 10)).toBe('数据库数…');
    expect(clip('abcdefghijkl', 10)).toBe('abcdefghi…');
    expect(clip('数据库 ok', 10)).toBe('数据库 ok');
    expect(clip('𠀀𠀀𠀀𠀀𠀀𠀀', 10)).toBe('𠀀𠀀𠀀𠀀…');
  });
  it('pie and bar charts escape labels', () => {
    expect(pieToMermaid([{ label: 'Network / DNS: "x"', count: 2 }, { label: 'none', count: 0 }], 'By category')).toBe(
      'pie showData\n  accTitle: By category\n  "Network / DNS#58; #34;x#34;" : 2',
    );
    const bars = barsToMermaid([{ label: '2021-01', count: 3 }, { label: '2021-02', count: 0 }], 'Per month', 'Incidents');
    expect(bars).toContain('x-axis ["2021-01", "2021-02"]');
    expect(bars).toContain('y-axis "Incidents" 0 --> 3');
    expect(bars).toContain('bar [3, 0]');
  });
});
