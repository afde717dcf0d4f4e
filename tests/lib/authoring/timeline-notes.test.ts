import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/lib/authoring/check.ts';
import { scaffoldPostmortem } from '../../../src/lib/authoring/scaffold.ts';
import { buildTimelineFromNotes, mermaidBlock, timelineJson, timelineYaml } from '../../../src/lib/authoring/timeline-notes.ts';
import { context } from './helpers.ts';

const ZH_NOTES = ['19:56 收到告警，数据中断结构物超过40个', '20:05 查看 kafka 消费情况，anxinyun_data 出现较大 LAG', '20:30 重启 et 进程', '21:10 数据恢复'].join('\n');
const CHAT = ['[2021-12-11 23:40] 李四: flink 作业报错 checkpoint 失败', '[2021-12-12 00:02] 张三: 切回 DataStream', '[2021-12-12 00:30] 张三: 作业恢复正常'].join('\n');
const EN_NOTES = ['14:51 UTC paged on-call: error rate 30%', '14:58 UTC identified the bad deploy', '15:20 UTC rolled back, errors stopped'].join('\n');
const pick = (r: ReturnType<typeof buildTimelineFromNotes>) => r.events.map((e) => [e.at, e.when, e.line]);

describe('buildTimelineFromNotes', () => {
  it('anchors Chinese times of day to --date', () => {
    const r = buildTimelineFromNotes(ZH_NOTES, { date: '2021-02-25' });
    expect(pick(r)).toEqual([['2021-02-25T19:56', '19:56', 1], ['2021-02-25T20:05', '20:05', 2], ['2021-02-25T20:30', '20:30', 3], ['2021-02-25T21:10', '21:10', 4]]);
    expect(r.events[0].text).toBe('收到告警，数据中断结构物超过40个');
    expect(r.incidentDate).toBe('2021-02-25');
  });
  it('keeps times without any date untimed, in order, and says so', () => {
    const r = buildTimelineFromNotes(ZH_NOTES);
    expect(r.events.map((e) => [e.at, e.when])).toEqual([[null, '19:56'], [null, '20:05'], [null, '20:30'], [null, '21:10']]);
    expect(r.warnings.join(' ')).toMatch(/no date/);
    expect(r.mermaid).toMatch(/^flowchart TD/);
  });
  it('reads a chat export across midnight, speakers kept in the text', () => {
    const r = buildTimelineFromNotes(CHAT);
    expect(pick(r)).toEqual([['2021-12-11T23:40', '2021-12-11 23:40', 1], ['2021-12-12T00:02', '2021-12-12 00:02', 2], ['2021-12-12T00:30', '2021-12-12 00:30', 3]]);
    expect(r.events[1].text).toBe('张三: 切回 DataStream');
    expect(r.timeToResolve).toBe(50);
  });
  it('reads English notes in UTC', () => {
    const r = buildTimelineFromNotes(EN_NOTES, { date: '2025-08-12' });
    expect(pick(r)).toEqual([['2025-08-12T14:51Z', '14:51 UTC', 1], ['2025-08-12T14:58Z', '14:58 UTC', 2], ['2025-08-12T15:20Z', '15:20 UTC', 3]]);
    expect(r.mermaid).toMatch(/^gantt/);
  });
  it('shifts lines by --line-offset', () => {
    expect(buildTimelineFromNotes(CHAT, { lineOffset: 10 }).events.map((e) => e.line)).toEqual([11, 12, 13]);
  });
  it('finds nothing in notes without timestamps', () => {
    const r = buildTimelineFromNotes('just some thoughts\nno times here');
    expect(r.events).toEqual([]);
    expect(r.mermaid).toBeNull();
    expect(mermaidBlock(r)).toBe('');
  });
});

describe('output', () => {
  it('prints YAML that pastes into a fresh scaffold and passes the checker', () => {
    const r = buildTimelineFromNotes(CHAT);
    const yaml = timelineYaml(r);
    expect(yaml).toMatch(/^timeline:\n {2}- at: "2021-12-11T23:40"\n {4}when: "2021-12-11 23:40"\n/);
    expect(yaml).toContain('# time_to_resolve_minutes: 50');
    const scaffold = scaffoldPostmortem({ title: 'Flink checkpoint', date: '2021-12-11', language: 'zh' }).text;
    const pasted = scaffold.replace(/^timeline: \[\].*$/m, yaml.trimEnd());
    const diags = checkText('x.md', pasted, context()).diagnostics;
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diags.map((d) => d.rule)).not.toContain('no-timeline');
  });
  it('prints a mermaid block made by the shared, escaping generator', () => {
    const block = mermaidBlock(buildTimelineFromNotes(EN_NOTES, { date: '2025-08-12' }));
    expect(block.startsWith('```mermaid\ngantt\n')).toBe(true);
    expect(block.endsWith('\n```\n')).toBe(true);
    expect(block).toContain('paged on-call#58; error rate 30#37;'); // `: ` would split a gantt task; `%` starts a comment
  });
  it('prints one JSON object for tools', () => {
    const json = JSON.parse(timelineJson(buildTimelineFromNotes(CHAT)));
    expect(Object.keys(json)).toEqual(['timeline', 'date', 'time_to_detect_minutes', 'time_to_resolve_minutes', 'warnings', 'mermaid']);
    expect(json.timeline).toHaveLength(3);
  });
});
