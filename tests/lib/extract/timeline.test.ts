import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/extract/parse.ts';
import { extractTimeline, type TimelineOptions } from '../../../src/lib/extract/timeline.ts';
import { UNKNOWN_YEAR } from '../../../src/lib/extract/timeline-resolve.ts';

const run = (md: string, options: TimelineOptions = {}, format: 'markdown' | 'text' = 'markdown') =>
  extractTimeline(parseBody(md, format), { language: 'en', format, ...options });
const ats = (md: string, options: TimelineOptions = {}, format: 'markdown' | 'text' = 'markdown') =>
  run(md, options, format).events.map((e) => e.at);

describe('extractTimeline', () => {
  it('reads a timeline table with a declared zone', () => {
    const md = 'All times in UTC.\n\n| Time | Event |\n| - | - |\n| 2022-02-09 08:03 | **Discovery:** no metrics |\n| 2022-02-09 08:40 | **Recovery:** timeout raised |\n| 2022-02-?? ??:?? | TBA |\n';
    const r = run(md);
    expect(r.events).toMatchObject([
      { at: '2022-02-09T08:03Z', when: '2022-02-09 08:03', text: 'Discovery: no metrics', line: 5, kind: 'detect' },
      { at: '2022-02-09T08:40Z', text: 'Recovery: timeout raised', line: 6, kind: 'resolve' },
    ]);
    expect(r.timeToResolve).toBe(37);
    expect(r.incidentDate).toBe('2022-02-09');
  });

  it('measures time to resolve from a resolution after detection, so it is never shorter than time to detect', () => {
    const md = '## Timeline\n\n- 2021-12-11 21:30 restarted the job\n- 2021-12-12 00:02 recovered, results back to normal\n- 2021-12-12 09:32 alert fired: consumer lag on the dedup job\n- 2021-12-12 11:19 resolved: lag back to normal\n';
    const r = run(md);
    expect(r.events.map((e) => e.kind)).toContain('detect');
    expect(r.timeToDetect).toBe(722);
    expect(r.timeToResolve).toBe(829);
  });

  it('dates bare times from the date heading above them and rolls over midnight within a list', () => {
    const md = '# May 30th, 2019 Flakiness\n\nAll times PDT.\n\n## Timeline\n\n* [???] things degrade\n* [13:26] someone reports it\n* [23:55] migration done\n* [07:00] merging again\n';
    const r = run(md);
    expect(r.events.map((e) => e.at)).toEqual(['2019-05-30T13:26-07:00', '2019-05-30T23:55-07:00', '2019-05-31T07:00-07:00']);
    expect(r.events[2].inferred).toBe(true);
  });

  it('uses time headings with the paragraph under them as events, and ignores quoted chat', () => {
    const md = '# Incident report August 12 2025\n\nOn August 12 2025, an engineer deleted prod.\n\n## Timeline (times in BST)\n\n### 5:00 PM\nIncident declared\n> Violation started: Aug 12, 2025 at 4:32PM UTC\n\n### 6:11 PM\nIncident resolved.\n';
    const r = run(md);
    expect(r.events).toMatchObject([
      { at: '2025-08-12T17:00+01:00', when: '5:00 PM', text: 'Incident declared', line: 7 },
      { at: '2025-08-12T18:11+01:00', text: 'Incident resolved.', kind: 'resolve' },
    ]);
  });

  it('takes dates of Chinese list items from context and merges restatements of the same moment', () => {
    const md = [
      '#### 1. 12-12 00:01 版本切换故障',
      '',
      '1. 在 12-11 21:30，提出任务重启操作',
      '2. 12-12 00:01 部分商家没数据',
      '3. 00:07 找同事协助排查',
      '',
      '#### 2. 00:02 任务自动重启',
      '',
      '1. 因任务在 12-11 21:30 启动任务，指定消费点位为 11 号 0 点',
      '2. 00:10 任务停止',
      '',
      '![](https://x/markdown-img-paste-20211215195323445.png)',
    ].join('\n');
    const r = run(md, { language: 'zh' });
    expect(r.events.map((e) => [e.at, e.line])).toEqual([
      ['2021-12-11T21:30', 3],
      ['2021-12-12T00:01', 4],
      ['2021-12-12T00:07', 5],
      ['2021-12-12T00:10', 10],
    ]);
    expect(r.events[0].text).toBe('提出任务重启操作');
    expect(r.events.every((e) => e.inferred)).toBe(true);
  });

  it('takes the year from log stamps, anchors 第二天 to them and keeps log lines out', () => {
    const text = [
      '然而在九月份因为更新地址重启了容器。',
      '',
      '今天看到日志:',
      '[W 181011 14:18:24 conn:625] <BrokerConnection node_id=18>',
      '',
      '直到第二天，消费延迟超过 30 万条了',
      '',
      '大约 11 号 18点的时候，lag 数拼命增长',
    ].join('\n');
    const r = run(text, { language: 'zh' }, 'text');
    expect(r.events.map((e) => [e.at, e.when])).toEqual([
      ['2018-09', '九月份'],
      ['2018-10-11T18:00', '11 号 18点'],
      ['2018-10-12', '第二天'],
    ]);
    expect(r.incidentDate).toBe('2018-10-11');
  });

  it('treats code blocks, inline log excerpts, image names and URLs as evidence only', () => {
    const md = '出现问题。\n\n```\n2019-01-29 23:59:24 [main] ERROR x.y.Z - boom\n```\n\n![李 > image2022-10-10_20-42-27.png](https://img/2023%2F09%2F25.png)\n\n见 http://10.0.0.1:19090/ 页面\n';
    const r = run(md, { language: 'zh' });
    expect(r.events).toEqual([]);
    expect(r.incidentDate).toBe('2019-01-29');
    expect(r.warnings).toContain('no timeline found');
  });

  it('keeps an alert quoted in inline code as an event and warns about a year that contradicts', () => {
    const md = '# 数据中断\n收到监控报警短信提示： `【平台】于2021-02-25 19:56:12 数据中断`\n\n### Step 1 问题定位 <2020-02-20>\n1. 查看日志\n\n### Step 2 <2020-02-26>\n部署 Prometheus\n';
    const r = run(md, { language: 'zh' });
    expect(r.events.map((e) => e.at)).toEqual(['2020-02-20', '2020-02-26', '2021-02-25T19:56:12']);
    expect(r.events[0].text).toBe('Step 1 问题定位');
    expect(r.incidentDate).toBe('2021-02-25');
    expect(r.warnings.some((w) => w.startsWith('dates contradict'))).toBe(true);
  });

  it("reads a thread's header with its counters as when it was posted, and its weekdays as the days before", () => {
    const md = 'Thread by Dana\nJun 14, 2024, 9:02 AM · 14 posts · 212 boosts · 48 replies\n\nWednesday, around 17:50 a trial account sent 9,300 invites.\n\nAt 18:10 the provider paused our sending.\n';
    const r = run(md);
    expect(r.events.map((e) => e.at)).toEqual(['2024-06-12T17:50', '2024-06-12T18:10']);
    expect(r.incidentDate).toBe('2024-06-12');
  });

  it("does not take a recording transcript's speaker offsets for clock times, but keeps a chat export's message times", () => {
    const memo = 'Voice memo, May 16, 2024\n\nSam Okafor  0:00\nOkay, this is Sam.\n\nSam Okafor  0:19\nOn May 16, 2024 at 9:40 the invoicing run started failing.\n\nSam Okafor  1:02\nWe rolled back at 10:05.\n';
    expect(run(memo).events.map((e) => e.at)).toEqual(['2024-05-16T09:40', '2024-05-16T10:05']);
    const chat = '2024 年 5 月 16 日 群聊记录\n\n王磊  14:05\n支付回调全部超时了\n\n李娜  14:07\n我看下网关\n\n王磊  14:20\n回滚了，恢复\n';
    expect(run(chat, { language: 'zh' }).events.map((e) => e.at)).toEqual(['2024-05-16T14:05', '2024-05-16T14:07', '2024-05-16T14:20']);
  });

  it("reads a recording's file name as when it was recorded: its weekdays are the days before", () => {
    const text = 'Voice memo 2024-05-16 18:47.m4a — transcript\n\nSam  0:00\nThis is Sam, it is Thursday.\n\nSam  0:19\nOn Wednesday at 9:40 the invoicing run failed.\n\nSam  1:02\nWe rolled back at 10:05.\n';
    expect(run(text, {}, 'text').events.map((e) => e.at)).toEqual(['2024-05-15T09:40', '2024-05-15T10:05']);
  });

  it('reads a table written as text (wiki markup) row by row', () => {
    const text = 'h2. Timeline\n\n|| Time (UTC) || What ||\n| 2024-10-01 16:05 | Cleanup script deletes 14 tables. |\n| 2024-10-02 10:40 | An analyst notices the dashboard is flat. |\n| 2024-10-02 11:05 | Incident declared. |\n';
    expect(run(text, {}, 'text').events.map((e) => e.at)).toEqual(['2024-10-01T16:05Z', '2024-10-02T10:40Z', '2024-10-02T11:05Z']);
  });

  it("puts a thread's comments, newest first, each on its own header's day", () => {
    const md = 'Priya Raman added a comment — 07/Mar/24 6:14 PM\n\nAll clusters are on v0.9.2 as of 15:40 UTC.\n\nMarek Nowak added a comment — 06/Mar/24 9:48 AM\n\nprod-us-2 restarts done at 08:20 UTC.\n';
    const r = run(md);
    expect(r.events.filter((e) => !/added a comment/.test(e.text)).map((e) => e.at)).toEqual(['2024-03-06T08:20Z', '2024-03-07T15:40Z']);
  });

  it('dates the incident on the story day, not on an earlier warning dated on a day of its own', () => {
    const md = 'On 2020-12-21 a routine check noticed the XID age alert.\n\n- 2020-12-24 17:30 writes start failing\n- 2020-12-24 18:05 investigating the vacuum\n- 2020-12-24 21:50 recovered\n';
    expect(run(md).incidentDate).toBe('2020-12-24');
  });

  it('drops a day-level summary when the day has timed entries, but keeps background dates', () => {
    const md = 'On April 14, 2025 we were notified.\n\n- 2025-04-14 16:37 UTC\n    A user reported the issue.\n- 2025-04-14 18:39 UTC\n    Hot fix deployed and live.\n\nOrganizations were first enabled on April 20, 2023.\n';
    const r = run(md);
    expect(r.events.map((e) => e.at)).toEqual(['2023-04-20', '2025-04-14T16:37Z', '2025-04-14T18:39Z']);
    expect(r.events[1].text).toBe('A user reported the issue.');
    expect(r.incidentDate).toBe('2025-04-14');
    expect(r.timeToResolve).toBe(122);
    expect(r.warnings).toEqual([]);
  });

  it('infers a missing year from a frontmatter hint only when nothing better exists', () => {
    expect(ats('- 03-04 10:00 deploy\n- 03-04 10:05 alert fired\n', { hintDate: '2024-03-05' })).toEqual(['2024-03-04T10:00', '2024-03-04T10:05']);
    expect(ats('- 12-30 23:50 deploy\n', { hintDate: '2022-01-03' })).toEqual(['2021-12-30T23:50']);
  });

  it('warns when a list goes back in time by more than a day', () => {
    const r = run('- 2024-05-03 10:00 a\n- 2024-05-01 09:00 b\n');
    expect(r.warnings.some((w) => w.startsWith('events out of order'))).toBe(true);
  });

  it('returns numbered steps as untimed events when there are no timestamps', () => {
    const text = '1，查看日志\n\n2，查看代码\n\n3，重启服务\n';
    const r = run(text, { language: 'zh' }, 'text');
    expect(r.events).toEqual([
      { at: null, when: '1，', text: '查看日志', line: 1 },
      { at: null, when: '2，', text: '查看代码', line: 3 },
      { at: null, when: '3，', text: '重启服务', line: 5 },
    ]);
    expect(r.incidentDate).toBeNull();
  });

  it('reads English prose dates and the next day', () => {
    const md = 'On Monday 7 January 2019, pages returned errors.\n\nAt 14:51 UTC the on-call engineer was paged.\n\nThe next day the fix was deployed.\n';
    const r = run(md);
    expect(r.events.map((e) => e.at)).toEqual(['2019-01-07T14:51Z', '2019-01-08']);
    expect(r.events[0].kind).toBe('detect');
  });

  it('joins a date column and a time column, and reads the zone from the header', () => {
    const md = '| Date | Time (UTC) | Event |\n|---|---|---|\n| 06/01/2024 | 09:12 | Deploy started |\n| 06/01/2024 | 09:20 | Error rate alert fired |\n';
    expect(run(md).events).toMatchObject([
      { at: '2024-06-01T09:12Z', text: 'Deploy started' },
      { at: '2024-06-01T09:20Z', text: 'Error rate alert fired', kind: 'detect' },
    ]);
  });

  it('reads "2018 October 21 22:52 UTC" headings and merges the prose restatement', () => {
    const md = 'At 22:52 UTC on October 21, maintenance began.\n\n### 2018 October 21 22:52 UTC\n\nNetwork partition.\n\n### 2018 October 22 00:05 UTC\n\nEngineers began developing a plan.\n';
    expect(run(md).events.map((e) => [e.at, e.text])).toEqual([
      ['2018-10-21T22:52Z', 'Network partition. / maintenance began.'],
      ['2018-10-22T00:05Z', 'Engineers began developing a plan.'],
    ]);
  });

  it('keeps times of day in source order, untimed, when the report has no date at all', () => {
    const text = '现象\n早上 9 点 15 分，用户反馈无法下单。\n\n过程\n9:20 DBA 发现主库宕机\n10 点半 手动提升从库为主库，服务恢复\n';
    const r = run(text, { language: 'zh' }, 'text');
    expect(r.events).toEqual([
      { at: null, when: '早上 9 点 15 分', text: '用户反馈无法下单。', line: 2 },
      { at: null, when: '9:20', text: 'DBA 发现主库宕机', line: 5 },
      { at: null, when: '10 点半', text: '手动提升从库为主库，服务恢复', line: 6 },
    ]);
    expect(r.warnings[0]).toMatch(/^no date found/);
  });
});

describe('extractTimeline: plans are not events', () => {
  it('leaves out due dates under an action-items heading, in a table or in prose', () => {
    const md = '## Timeline\n\n- 2024-05-02 10:00 deploy\n- 10:20 alert fired\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add an alert | @a | 2024-05-10 |\n\n- Review the runbook by 2024-05-20\n';
    expect(ats(md)).toEqual(['2024-05-02T10:00', '2024-05-02T10:20']);
  });

  it('leaves out a plain-text follow-up label section, and due dates do not date the times after them', () => {
    const text = '2021-03-01 09:00 数据库主库宕机\n\n后续改进\n- 增加告警（负责人：王五，3月9日前）\n\n解决\n\n10:30 主库恢复\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2021-03-01T09:00', '2021-03-01T10:30']);
  });

  it('reads a day written as a deadline as a plan anywhere, but not a time ("by 17:20" happened)', () => {
    const md = '2023-06-01 14:00 rollback started.\n\nThe owners fix the quota, due 2023-06-09.\n\n负责人会在 6 月 12 日前补上监控。\n\nHit ratio was back above 90% by 17:20.\n';
    expect(ats(md)).toEqual(['2023-06-01T14:00', '2023-06-01T17:20']);
  });
});

describe('extractTimeline: zones', () => {
  it('reads a zone in brackets closing a label as declared for the times under it', () => {
    const md = 'The outage began on 3 May 2023.\n\nSequence of events (UTC):\n\n- 09:10 deploy\n- 09:15 alert fired\n';
    expect(ats(md)).toEqual(['2023-05-03T09:10Z', '2023-05-03T09:15Z']);
  });

  it('does not read a zone after a time of its own as declared for the rest', () => {
    const md = 'Alert at 2023-05-03 09:15 (UTC)\n\n- 10:00 rollback\n\nTokyo saw it at 18:15 JST.\n';
    expect(ats(md)).toEqual(['2023-05-03T09:15Z', '2023-05-03T18:15+09:00', '2023-05-03T10:00']);
  });

  it('merges the same minute written with a zone in prose and without one in the list, keeping the zone', () => {
    const md = 'On 3 May 2023 we deployed. The first alert came at 09:15 CET from checkout.\n\n- 09:10 deploy\n- 09:15 First alerts from checkout.\n';
    expect(run(md).events.map((e) => [e.at, e.text])).toEqual([
      ['2023-05-03T09:10+01:00', 'deploy'],
      ['2023-05-03T09:15+01:00', 'First alerts from checkout.'],
    ]);
  });

  it('gives bare times the one zone a report writes on its other times', () => {
    const md = 'Ingestion stopped at 2023-05-03 03:10 CET.\n\n- 08:50 on-call confirms\n- 09:05 old indices deleted\n';
    expect(ats(md)).toEqual(['2023-05-03T03:10+01:00', '2023-05-03T08:50+01:00', '2023-05-03T09:05+01:00']);
  });

  it('keeps the same clock time in two different zones apart', () => {
    const md = 'On 3 May 2023 we deployed.\n\nThe deploy ran at 09:15 UTC.\n\nThe Tokyo team saw errors at 09:15 JST.\n';
    expect(ats(md)).toEqual(['2023-05-03T09:15+09:00', '2023-05-03T09:15Z']);
  });
});

describe('extractTimeline: a story told in days of a month and parts of the day', () => {
  const story = [
    '说一下 2021 年 3 月的一次故障。',
    '',
    '5 号 21点左右，出现了第一条告警。',
    '',
    '到了凌晨1点，主库挂了。',
    '',
    '凌晨3点，备库也挂了。',
    '',
    '第二天早上 8 点多才有人处理。',
    '',
    '大约上午 10 点恢复。',
  ].join('\n');

  it('puts a day of the month from the month named before, and the small hours after an evening on the next day', () => {
    expect(ats(story, { language: 'zh' })).toEqual(['2021-03-05T21:00', '2021-03-06T01:00', '2021-03-06T03:00', '2021-03-06T08:00', '2021-03-06T10:00']);
  });

  it('counts 第二天 after a night from the evening the night began on', () => {
    const r = run(story, { language: 'zh' });
    expect(r.events[3]).toMatchObject({ when: '第二天早上 8 点多', text: '才有人处理。', inferred: true });
  });

  it('keeps a part of a month (8 月初, early March) next to the dated days of that month', () => {
    const md = '2020 年 8 月 11 号 18点告警。\n\n这个 topic 从 8 月初开始接入了全量数据。\n\nWe started the migration in early August.\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2020-08', '2020-08-11T18:00']);
  });

  it('still reads the small hours of a list as a step back when nothing later came before', () => {
    expect(ats('2021-03-05 凌晨2点 告警\n\n凌晨3点 恢复\n', { language: 'zh' })).toEqual(['2021-03-05T02:00', '2021-03-05T03:00']);
  });
});

describe('extractTimeline: relative days', () => {
  it('does not move a timeline of bare times onto "the next day" of the summary above it', () => {
    const md = '# 2022-03-17 — zone outage\n\nWrites failed; the lost rows were reconciled the next day.\n\n| Time | Event |\n|---|---|\n| 14:51 UTC | zone lost |\n| Mar 18 10:00 UTC | rows reconciled |\n';
    expect(ats(md)).toEqual(['2022-03-17T14:51Z', '2022-03-18T10:00Z']);
  });
});

describe('extractTimeline: the year from command output', () => {
  it('dates a yearless day by the year of a certificate dump, which is itself no event', () => {
    const md = 'posted Tue Apr 9\n\n- 2:00 PM PDT — cert expires\n- 2:41 PM — paged, checked:\n  ```\n  notAfter=Apr  9 21:00:00 2024 GMT\n  ```\n';
    expect(ats(md)).toEqual(['2024-04-09T14:00-07:00', '2024-04-09T14:41-07:00']);
  });
});

describe('extractTimeline: a chat log quoted line by line', () => {
  it('reads a quote whose lines open with clock times as timeline entries, and leaves a quoted alert out', () => {
    const md = '## 2021-05-04\n\n> Alert: disk full since 01:10 on db-2\n\n> [23:50] bot: error rate 30%\n> [23:58] ann: rolled back\n> [00:05] ann: recovered\n';
    expect(run(md).events.map((e) => [e.at, e.text])).toEqual([
      ['2021-05-04T23:50', 'bot: error rate 30%'],
      ['2021-05-04T23:58', 'ann: rolled back'],
      ['2021-05-05T00:05', 'ann: recovered'],
    ]);
  });
});

describe('extractTimeline: a report that never writes a year', () => {
  const notice = '**时间**：9月14日 凌晨1点 ~ 2 点\n\n- 01:05 告警\n- 01:40 重启恢复\n- 09:30 补数据\n\n为什么凌晨 1 点开始？\n';

  it('places its month-days in a stand-in year, marked inferred, and its bare times on the day it states', () => {
    const r = run(notice, { language: 'zh' });
    expect(r.events.map((e) => e.at)).toEqual([`${UNKNOWN_YEAR}-09-14T01:00`, `${UNKNOWN_YEAR}-09-14T01:05`, `${UNKNOWN_YEAR}-09-14T01:40`, `${UNKNOWN_YEAR}-09-14T09:30`]);
    expect(r.events.every((e) => e.inferred)).toBe(true);
    expect(r.incidentDate).toBeNull();
    expect(r.warnings.join()).toContain('no year found');
  });

  it('takes the year from one the report names without a day (a weekly report\'s week, a month, a quarter)', () => {
    const weekly = '# 运维周报（2024 年第 11 周）\n\n3 月 12 日（周二）凌晨 02:15 起任务卡在 Waiting for lock。\n\n- 10:40 SHOW LOCKS 找到僵尸锁\n';
    const r = run(weekly, { language: 'zh' });
    expect(r.events.map((e) => e.at)).toEqual(['2024-03-12T02:15', '2024-03-12T10:40']);
    expect(r.warnings.join()).not.toContain('no year found');
    expect(run('# Ops review, Q3 2023\n\n- Sep 14 02:10 disk full on db-2\n').events[0].at).toBe('2023-09-14T02:10');
    expect(run('> 2023 年线上故障复盘合集 · 第 17 篇\n\n11 月 20 日 20:30 发布。\n', { language: 'zh' }).events[0].at).toBe('2023-11-20T20:30');
    expect(run('- 事故编号：INC-2023-1202-01\n\n12 月 2 日 10:12 告警。\n', { language: 'zh' }).events[0].at).toBe('2023-12-02T10:12');
  });

  it('counts 昨天 in a report that never says when it was written from the day its story is on', () => {
    const chat = '[2024-03-07 08:30] 王磊：/var 满了，回调 500\n[2024-03-07 09:17] 陈静：根因：昨天 15:40 左右 Apollo 把日志级别改成 DEBUG 后没恢复\n';
    expect(ats(chat, { language: 'zh' }, 'text')).toContain('2024-03-06T15:40');
  });

  it("reads a later time on the next day within a sentence as its own event", () => {
    const md = '## 时间线\n\n- 2023-06-18 22:40 下单积分积压清零；23:00 恢复消费组，其积压在次日凌晨 1 点 20 分全部消化。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2023-06-18T22:40', '2023-06-18T23:00', '2023-06-19T01:20']);
  });

  it("places a weekly report's weekdays in the week its period names, which is no event", () => {
    const weekly = '基础架构组周报 第37周（9.11 - 9.15）\n\n周三晚上8点，按计划给缓存集群加 3 个主节点。\n\n8点40左右，源节点被标记为 FAIL。\n';
    expect(ats(weekly, { language: 'zh' }, 'text')).toEqual([`${UNKNOWN_YEAR}-09-13T20:00`, `${UNKNOWN_YEAR}-09-13T20:40`]);
    expect(ats('版本 9.11 - 9.15 之间的改动。\n', { language: 'zh' }, 'text')).toEqual([]);
  });

  it('dates the incident by the impact before its detection, not by a change made the evening before', () => {
    const change = '- 2024-04-09 19:00 DBA 提交工单：PgBouncer pool_mode 改为 transaction\n- 2024-04-10 14:20 执行变更并 RELOAD\n- 2024-04-10 14:32 告警：order-api 5xx 比例 > 5%\n';
    expect(run(change, { language: 'zh' }).incidentDate).toBe('2024-04-10');
    const overnight = '- 2022-02-08 12:20 kafka-exporter metrics endpoint starts timing out\n- 2022-02-09 08:03 Developer reports missing metrics, alert raised\n';
    expect(run(overnight).incidentDate).toBe('2022-02-08');
  });

  it("does not take a schedule or a plan for an event, even as a sentence's first time", () => {
    const md = '3 月 12 日 02:15 任务开始卡住。\n\n这个任务每天凌晨 2 点由 Airflow 调起，平时跑 2 小时。\n\nThe AWS scheduled-events notice arrived around 16:00.\n';
    expect(ats(md, { language: 'zh' })).toEqual([`${UNKNOWN_YEAR}-03-12T02:15`, `${UNKNOWN_YEAR}-03-12T16:00`]);
  });

  it('does not take a forecast, a due day closing a follow-up or a usual time for an event', () => {
    const md = '3 月 12 日 02:15 磁盘告警。\n\n- 交易库主库磁盘 71%，预计 4 月底到 85%。\n- 网关对登录接口单独配置超时 —— 网关组，8 月底\n- 头像迁对象存储（应用组，6月底）\n- 日报平时 15:00 前产出。\n';
    expect(ats(md, { language: 'zh' })).toEqual([`${UNKNOWN_YEAR}-03-12T02:15`]);
  });

  it("reads a byline and a page's last-edited stamp as the write-up's date, not an event", () => {
    expect(ats('原创 老K聊后端 2024年05月20日 08:30 浙江\n\n5 月 19 日 22:10 集群开始报错。\n', { language: 'zh' })).toEqual(['2024-05-19T22:10']);
    expect(ats('Owner: Amara · Reviewers: Billing · Last edited Mar 4, 2024\n\nOn Feb 29, 2024 at 00:05 UTC renewals failed.\n')).toEqual(['2024-02-29T00:05Z']);
    expect(ats('*Incident INC-0303 · Published 8 March 2024 · Last updated 11 March 2024*\n\nBetween 14:05 and 15:40 UTC on 3 March 2024, calls failed.\n')).toEqual(['2024-03-03T14:05Z']);
    expect(ats('| | |\n|---|---|\n| **Date of incident** | 2024-09-10 |\n| **Postmortem review** | Friday 2024-09-13, 14:00 UTC |\n\nAt 10:02 UTC the flag went to 100%.\n')).toEqual(['2024-09-10T10:02Z']);
    // …but "created on" in a sentence is what happened that day, and so is a fix "published on" a day
    expect(ats('The secret was created on 2023-02-03 by an engineer of the former Platform team.\n')).toEqual(['2023-02-03']);
    expect(ats('The advisory was published on 8 March 2024.\n')).toEqual(['2024-03-08']);
  });

  it('reads the small hours after a morning as the night the story began in, not the next one', () => {
    expect(run(notice, { language: 'zh' }).events[0]).toMatchObject({ when: '凌晨 1 点', text: '为什么凌晨 1 点开始？' });
  });

  it('takes the year of a hint for a stated month-day, and puts bare times on that day rather than the hint', () => {
    expect(ats('Sat Sep 14: outage.\n\n- 01:05 alert\n', { hintDate: '2024-10-02' })).toEqual(['2024-09-14T01:05']);
  });
});

describe('extractTimeline: more than one time in a sentence', () => {
  it('makes a later clock time of a sentence an event of its own, told by its clause', () => {
    const text = '2022-09-07 15:18 查到一条 ALTER 语句，是研发同学 15:05 通过工单执行的，它也在等锁。\n';
    expect(run(text, { language: 'zh' }).events.map((e) => [e.at, e.text])).toEqual([
      ['2022-09-07T15:05', '是研发同学 15:05 通过工单执行的'],
      ['2022-09-07T15:18', '查到一条 ALTER 语句，是研发同学 15:05 通过工单执行的，它也在等锁。'],
    ]);
  });

  it('cuts a time that ends its clause, and puts a time after a date-only opening on that day', () => {
    const md = 'On 3 May 2023 the disk alert email arrived at 01:52 CET and was read at 09:00.\n\nError rate under 1%; hit ratio back above 90% by 09:20.\n';
    expect(run(md).events.map((e) => [e.at, e.text])).toEqual([
      ['2023-05-03T01:52+01:00', 'On 3 May 2023 the disk alert email arrived at 01:52 CET and was read at 09:00.'],
      ['2023-05-03T09:00+01:00', 'On 3 May 2023 the disk alert email arrived at 01:52 CET and was read.'],
      ['2023-05-03T09:20+01:00', 'Error rate under 1%; hit ratio back above 90%.'],
    ]);
  });

  it('makes the start of a range after a date-only opening an event, told by the rest of the sentence', () => {
    const text = '2019年7月14日是个周日，上午 9 点~11 点 19 分，这个集群反复在 yellow 和 red 之间切换。\n';
    expect(run(text, { language: 'zh' }).events.map((e) => [e.at, e.text])).toEqual([['2019-07-14T09:00', '这个集群反复在 yellow 和 red 之间切换。']]);
  });

  it('leaves out planned and routine times, ranges, and adds no text to an entry of the same minute', () => {
    const md = '- 2022-06-17 22:30 变更单审批通过，计划 23:50 生效\n- 23:50 开始灰度下发\n- 23:55 The nightly backup at 02:00 every day was skipped\n- 23:58 errors 20:01 ~ 20:38 were replayed\n';
    expect(run(md, { language: 'zh' }).events.map((e) => [e.at, e.text])).toEqual([
      ['2022-06-17T22:30', '变更单审批通过，计划 23:50 生效'],
      ['2022-06-17T23:50', '开始灰度下发'],
      ['2022-06-17T23:55', 'The nightly backup at 02:00 every day was skipped'],
      ['2022-06-17T23:58', 'errors 20:01 ~ 20:38 were replayed'],
    ]);
  });
});

describe('extractTimeline: event texts read as sentences', () => {
  it('keeps a time in the middle of a sentence, and cuts one that opens or closes it', () => {
    const md = '- 2024-11-12 03:10 ingestion stopped.\n\nEngineers saw nothing newer than 03:10 until the afternoon.\n\nWe deployed the fix the next morning at 10:05.\n\n我是第二天早上 7 点多被电话叫醒的。\n';
    expect(run(md, { language: 'mixed' }).events.map((e) => e.text)).toEqual([
      'ingestion stopped.',
      'We deployed the fix.',
      '我是第二天早上 7 点多被电话叫醒的。',
    ]);
  });

  it('does not end a sentence at a question mark inside a word ("?v=")', () => {
    const md = '- 2021-11-30 16:33 An engineer notices ?v= on asset URLs and links it to the release.\n';
    expect(run(md).events[0].text).toBe('An engineer notices ?v= on asset URLs and links it to the release.');
  });

  it('reads a labelled time range as the impact window, not an event', () => {
    const md = '## 影响范围\n\n- 时间：2023-03-14 20:01 ~ 20:38，共约 37 分钟\n\n## 处理过程\n\n- 2023-03-14 20:05 发现分片 CPU 100%\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2023-03-14T20:05']);
  });
});

describe('extractTimeline: the story\'s day', () => {
  it('keeps the story\'s day across a causes section that dates something earlier', () => {
    const text = '2022年7月5日 10:20 消息页打开很慢。\n\n11:40 基本确认原因。\n\n原因\n\n6 月 28 日上线的功能逐条删除，墓碑暴涨。\n\n解决\n\n11:50 打开降级开关。\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2022-06-28', '2022-07-05T10:20', '2022-07-05T11:40', '2022-07-05T11:50']);
  });
  it('reads 第二天 written twice as the same day, and keeps a day with a part of it as an event', () => {
    const text = '2021年9月11日 18点 客服反馈收不到短信。\n\n第二天 上午 回滚 SDK，10 点 40 左右 重新发版。\n\n第二天 下午 处理 dump 出来的消息。\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2021-09-11T18:00', '2021-09-12', '2021-09-12T10:40']);
  });
  it('leaves out the write-up\'s own date, and keeps "the next morning" that opens a sentence', () => {
    const md = 'Report date: 2024-02-09\n\nOn Monday, April 8, 2024, at around 7:50 PM errors rose.\n\nThe next morning the provider reported nothing unusual.\n\nAround 10:15 Marek found the conntrack message. Later that afternoon we added NOTRACK rules.\n';
    expect(ats(md)).toEqual(['2024-04-08T19:50', '2024-04-09', '2024-04-09T10:15']);
  });
  it('reads a blog byline\'s date as the write-up\'s, and "On the morning of March 3rd" as the story\'s day', () => {
    const md = '# Title\n\n*Dana Okafor, Engineering · March 12, 2025 · 9 min read*\n\nOn the morning of March 3rd, support noticed something odd. The first ticket came in around 9:40am PST.\n';
    expect(ats(md)).toEqual(['2025-03-03T09:40-08:00']);
  });
  it('reads a Chinese clock with no part of the day as afternoon after an afternoon time that day', () => {
    const text = '2021年5月22日下午3点10分，厂商开始升级。\n\n3点15分开始附件全部超时。\n\n4点40分左右3台都恢复。\n\n第二天9点复查。\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2021-05-22T15:10', '2021-05-22T15:15', '2021-05-22T16:40', '2021-05-23T09:00']);
  });
  it('dates a time told again in the middle of a sentence by the event told before at that time', () => {
    const md = '## Timeline\n\n- 2024-07-19 01:38 osd.41 crosses the full ratio.\n- 2024-07-19 02:41 Writes resume.\n- 2024-07-20 09:20 Backfill complete.\n\n## Impact\n\nWrites were blocked on all volumes from 01:38 to 02:41.\n';
    expect(ats(md)).toEqual(['2024-07-19T01:38', '2024-07-19T02:41', '2024-07-20T09:20']);
  });
  it('keeps a month told in an explanation out of the timeline', () => {
    const md = '## Timeline\n\n- 2022-11-07 08:30 Finance notices the exceptions.\n\n## Root cause\n\nThe bug was introduced in June 2022, when the job was rewritten.\n';
    expect(ats(md)).toEqual(['2022-11-07T08:30']);
  });
  it('reads a Chinese metadata table\'s report and review dates, a 于…发布 byline and a ticket\'s Created field as the write-up\'s', () => {
    const md = '# 事故报告\n\n| 项目 | 内容 |\n|---|---|\n| 发生时间 | 2022年11月3日 09:12 |\n| 报告日期 | 2022年11月7日 |\n| 复盘会议 | 2022年11月4日 14:00，3 号楼 |\n\n原创 老周 于 2022-11-08 21:36:02 发布 · 阅读量 3.2k\n\n作者：存储组 孟凡\n日期：2022-11-10\n\n| Field | Value |\n|---|---|\n| Created | 2022-11-09 10:14 |\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2022-11-03T09:12']);
  });
  it('reads ET and PT with the daylight rule of the day they fall on', () => {
    const md = 'On Wednesday, March 8, 2023 at 10:58 AM ET the alert fired.\n\nOn March 15, 2023 at 9:00 AM PT it fired again.\n\nOn November 20, 2023 at 8:00 AM ET it was quiet.\n';
    expect(ats(md)).toEqual(['2023-03-08T10:58-05:00', '2023-03-15T09:00-07:00', '2023-11-20T08:00-05:00']);
  });
  it('keeps an expiry still ahead out of the timeline and out of the story\'s day', () => {
    const md = 'The certificate was due to expire on Sunday, March 12, 2023. Jonas renewed it on Wednesday, March 8.\n\nHe installed it at 4:40 PM CET.\n';
    expect(ats(md)).toEqual(['2023-03-08T16:40+01:00']);
  });
  it('keeps the story\'s day across an impact section that looks ahead ("部分为次日回流")', () => {
    const md = '## 概要\n\n2021年7月22日晚高峰，验证码短信收不到。\n\n## 影响\n\n当晚少注册约 5,000 人，部分为次日回流。\n\n## 处理过程\n\n19:48 客服反馈进线增多。\n\n19:52 告警。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2021-07-22T19:48', '2021-07-22T19:52', '2021-07-23']);
  });
  it('dates a weekday forward from the story\'s day, and by the week when the text names it', () => {
    const text = '2023年9月11日（周一）开始扩容。\n\n周三晚上8点，开始迁移 slot。\n\n周五上午 10 点迁移完成。\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2023-09-11', '2023-09-13T20:00', '2023-09-15T10:00']);
    const last = '事故发生在 2023年4月18日（周二）。\n\n上周五下午3点20左右，运营反馈导出失败。\n';
    expect(ats(last, { language: 'zh' }, 'text')).toEqual(['2023-04-14T15:20', '2023-04-18']);
  });
  it('starts the story on a background section\'s day when nothing dated it before, and skips a wiki page\'s metadata line', () => {
    const md = '# 复盘\n\n所有者：容器平台组 唐亦凡\n创建时间：2024年6月20日 10:12\n\n## 一、背景\n\n集群计划在 6 月 19 日晚 22:00 的变更窗口内升级节点池。\n\n## 三、时间线\n\n- 22:05 第一批 drain 开始\n- 22:31 第三批 drain 卡住\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-06-19T22:05', '2024-06-19T22:31']);
  });
  it('rolls a list over midnight only for a time that leads its item, not for one told in the middle of it', () => {
    const md = '## 排查\n\n- 2024-03-12 10:40 SHOW LOCKS 看到 3 个 EXCLUSIVE 锁。\n- 查 YARN 发现该 Spark 任务 00:20 左右被 kill 了，事务没有回滚。\n- 11:30 左右定位到原因。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-03-12T00:20', '2024-03-12T10:40', '2024-03-12T11:30']);
  });
  it('reads 晚 as evening, and 次日 written twice as one day', () => {
    const text = '2024年10月18日（周五）晚 7 点 42 分，两条专线同时中断。\n\n7 点 45 分左右交易服务写库超时。\n\n次日凌晨 3 点 20 分光缆熔接完成。\n\n次日上午 10 点 B 机房重新加入解析。\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2024-10-18T19:42', '2024-10-18T19:45', '2024-10-19T03:20', '2024-10-19T10:00']);
  });
  it('puts the times after a dated prelude entry of a list on the report\'s day, when they step back from it', () => {
    const md = '## 概述\n\n2024 年 4 月 10 日 14:32 至 15:19，下单接口错误率最高到 37%。\n\n## 处理经过\n\n- 4 月 9 日 19:00，DBA 提交变更工单。\n- 14:20，执行变更并 RELOAD。\n- 14:32，告警。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-04-09T19:00', '2024-04-10T14:20', '2024-04-10T14:32']);
  });
  it('dates each status-page update by the stamp below it, after a follow-up list the rule (---) ends', () => {
    const md = '# Delayed webhooks\n\nFollow-up work:\n- Alert on oldest message age (in progress).\n\n---\n\n**Resolved** - All delayed webhooks have been delivered.\n\nMar 6, 2024 - 17:52 UTC\n\n---\n\n**Investigating** - We are investigating delays in webhook deliveries.\n\nMar 6, 2024 - 13:44 UTC\n';
    const events = run(md, { language: 'en' }).events;
    expect(events.map((e) => [e.at, e.text])).toEqual([
      ['2024-03-06T13:44Z', 'Investigating - We are investigating delays in webhook deliveries.'],
      ['2024-03-06T17:52Z', 'Resolved - All delayed webhooks have been delivered.'],
    ]);
  });
  it('dates the updates of a plain-text status page posted below a follow-up list, newest first (the postmortem\'s own stamp is its write-up date)', () => {
    const text = 'What we are changing\n\n- Alert on resolver drops.\n\nPosted Mar 14, 2024 - 19:05 UTC\n\nResolved\n\nThis incident has been resolved.\n\nPosted Mar 12, 2024 - 16:58 UTC\n\nIdentified\n\nDNS queries are being dropped.\n\nPosted Mar 12, 2024 - 15:47 UTC\n';
    expect(run(text, { language: 'en' }, 'text').events.map((e) => [e.at, e.text])).toEqual([
      ['2024-03-12T15:47Z', 'DNS queries are being dropped.'],
      ['2024-03-12T16:58Z', 'This incident has been resolved.'],
    ]);
  });
  it('reads no event and no day in SQL pasted into a plain-text paragraph', () => {
    const text = '9 月 16 日凌晨 3 点 12 分，磁盘告警。\n\n找到报表账号的 SQL：\n  SELECT o.shop_id, COUNT(*)\n  FROM t_order o\n  WHERE o.created_at >= \'2020-09-15\'\n  GROUP BY o.shop_id;\n\n4点05分，kill 掉了这条 SQL。\n';
    expect(run(text, { language: 'zh', hintDate: '2021-09-20' }, 'text').events.map((e) => [e.at, e.when])).toEqual([
      ['2021-09-16T03:12', '9 月 16 日凌晨 3 点 12 分'],
      ['2021-09-16T04:05', '4点05分'],
    ]);
  });
  it('never puts a weekday told forward from the story\'s day past the day the report was written', () => {
    const text = 'From: Tomas <t@example.org>\nDate: Wed, 17 Jan 2024 09:12:40 +0100\nSubject: Post-mortem: expired certificate\n\nAs promised on Sunday, here is the write-up.\n\nThe certificate expired on Saturday evening.\n';
    expect(run(text, { language: 'en' }, 'text').events.map((e) => e.at)).toEqual(['2024-01-13', '2024-01-14']);
  });
  it('dates an update by a stamp paragraph below it, in Chinese too, and a second stamp in a row by nothing', () => {
    const md = '**已恢复** - 回调已全部补发。\n\n2024年3月6日 17:52\n\n2024年3月6日 17:55\n\n**排查中** - 正在排查回调延迟。\n\n2024年3月6日 13:44\n';
    expect(run(md, { language: 'zh' }).events.map((e) => [e.at, e.text])).toEqual([
      ['2024-03-06T13:44', '排查中 - 正在排查回调延迟。'],
      ['2024-03-06T17:52', '已恢复 - 回调已全部补发。'],
    ]);
  });

  it('reads "The next morning" under a heading "The next morning" as that one next day', () => {
    const md = '## The night\n\nThe pager went off at 02:14 on Wednesday, 9 October 2024.\n\nThen, at 05:41, everything went back to normal.\n\n## The next morning\n\nThe next morning Rafael read the channel and found the July incident.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-10-09T02:14', '2024-10-09T05:41', '2024-10-10']);
  });

  it('puts 昨晚 / 今天凌晨 on days counted from an email\'s own date, and leaves its header out', () => {
    const md = '发件人: 周明\n日期: 2023年9月14日 10:26\n主题: 日志入库延迟\n\n昨晚 23:40 左右开始入库延迟升高，今天凌晨 3 点前后才追平。\n\n昨天下午 5 点多加了一条 grok 规则，晚上 8 点随发布上线。\n\n23:55 收到告警。今天凌晨 0:20 调大 workers 并重启。\n';
    expect(run(md, { language: 'zh' }, 'text').events.map((e) => [e.at, e.when])).toEqual([
      ['2023-09-13T17:00', '昨天下午 5 点多'],
      ['2023-09-13T20:00', '晚上 8 点'],
      ['2023-09-13T23:40', '昨晚 23:40'],
      ['2023-09-13T23:55', '23:55'],
      ['2023-09-14T00:20', '今天凌晨 0:20'],
      ['2023-09-14T03:00', '今天凌晨 3 点前后'],
    ]);
  });

  it('reads a chat export\'s quoted header as the write-up\'s date, not an event', () => {
    const md = '# 应急群聊天记录\n\n> 导出人：小王　导出时间：2024-06-13 11:40\n> 说明：以下是今天上午的记录\n\n**小王** 08:52\n生产端一直报错，08:49 左右开始的\n\n**老李** 09:06\n分区 leader 全在 broker-3\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-06-13T08:49', '2024-06-13T08:52', '2024-06-13T09:06']);
  });

  it('puts a notice\'s 前天下午 (an event at an hour it does not say) and the times after it on the day before yesterday, counted from the header\'s 日期', () => {
    const md = '主题：关于前天晚上进房失败的通报\n发布：技术保障部　日期：2024-11-13\n\n前天下午，为活动提前扩容网关。\n\n晚上 9 点 58 分，活动 push 发出。\n\n22:05 告警触发。\n';
    expect(run(md, { language: 'zh' }, 'text').events.map((e) => [e.at, e.when])).toEqual([
      ['2024-11-11', '前天下午'],
      ['2024-11-11T21:58', '晚上 9 点 58 分'],
      ['2024-11-11T22:05', '22:05'],
    ]);
  });

  it('keeps "10:45 a.m." with the sentence after it, and reads "the 12:45 batch" as a name, not an event', () => {
    const md = '## Timeline (EDT), Sept. 30, 2021\n\n- **10:45 a.m.** Dana checks the certificate. (They replied at 1:05 p.m. that nothing had changed.)\n- **12:46 p.m.** Manual re-run of the 12:45 batch succeeds.\n';
    expect(run(md, { language: 'en' }).events.map((e) => [e.when, e.text])).toEqual([
      ['10:45 a.m.', 'Dana checks the certificate.'],
      ['12:46 p.m.', 'Manual re-run of the 12:45 batch succeeds.'],
      ['1:05 p.m.', '(They replied at 1:05 p.m. that nothing had changed.)'],
    ]);
  });

  it('reads a line wrapped after "between" as the same entry, not a new one', () => {
    const md = 'On 2024-04-16:\n\n- 08:40 — Marek sees a spike of sends between\n  01:10 and 02:45, none from our IP ranges.\n- 09:15 — Declared a security incident.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-04-16T08:40', '2024-04-16T09:15']);
  });

  it('keeps a follow-up done on a day as an event, and other follow-ups out', () => {
    const md = '# 复盘\n\n- 2024-02-01 00:00 回调开始报错\n\n## 改进\n\n- 脚本改为先取本月 1 号再加一个月（2/2 已上线）\n- 月表巡检，2/20 前完成\n- About 1/20 of the traffic is retried\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-02-01T00:00', '2024-02-02']);
  });

  it('puts the first time after a day-only table row weeks before the report\'s day on the report\'s day', () => {
    const md = '| 项目 | 内容 |\n|---|---|\n| 故障日期 | 2024-03-19 |\n\n## 时间线\n\n| 时间 | 事件 |\n|---|---|\n| 3 月 5 日 | DBA 修改参数 |\n| 14:02 | 专线抖动 |\n| 14:06 | 发生选主 |\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-03-05', '2024-03-19T14:02', '2024-03-19T14:06']);
  });

  it('reads an on-call handover\'s header as when it was written: 昨晚 is the night before', () => {
    const md = '【值班交接】2025-01-07 08:30 夜班 -> 白班\n\n一、经过\n- 昨晚 20:10 新服务上线。\n- 22:40 开始报 DNS 超时。\n- 00:25 发 hotfix。\n';
    expect(ats(md, { language: 'zh' }, 'text')).toEqual(['2025-01-06T20:10', '2025-01-06T22:40', '2025-01-07T00:25']);
  });

  it('reads T+ offsets from the anchor the report sets, and nothing without one', () => {
    const md = '**Time convention:** T+0 = 2025-04-16 13:05 UTC, when the migration started.\n\n- **T+4m** — writer CPU 38% → 97%.\n- **T+1h18m** — index build completes.\n';
    expect(run(md, { language: 'en' }).events.map((e) => [e.at, e.when])).toEqual([
      ['2025-04-16T13:05Z', '2025-04-16 13:05 UTC'],
      ['2025-04-16T13:09Z', 'T+4m'],
      ['2025-04-16T14:23Z', 'T+1h18m'],
    ]);
    expect(ats('- T+4m — writer CPU 38% → 97%.\n', { language: 'en' })).toEqual([]);
  });

  it('reads bare +N offsets below a "T0 is …" line, and a **T0** entry as the anchor itself', () => {
    const md = 'T0 is **2024-09-10 14:00 UTC**, when the rollout started.\n\n- **T0** — canary step 1 begins.\n- **+5 min** — first AnalysisRun passes.\n- **+1 h 8 min** — trace shows the panic.\n- **+3 h** — query found empty.\n';
    expect(run(md, { language: 'en' }).events.map((e) => [e.at, e.when])).toEqual([
      ['2024-09-10T14:00Z', 'T0'],
      ['2024-09-10T14:05Z', '+5 min'],
      ['2024-09-10T15:08Z', '+1 h 8 min'],
      ['2024-09-10T17:00Z', '+3 h'],
    ]);
    expect(ats('- +5 min — first AnalysisRun passes.\n', { language: 'en' })).toEqual([]);
  });

  it('rolls a shift log written as plain lines over midnight, and keeps a day it looks back to out of order warnings', () => {
    const txt = 'Shift: Fri 2024-02-09 night\n\n21:00 handover from Marta\n23:52 shards 2,990 / 3,000\n00:00 daily rollover fails\n00:20 PAGE: retries high\n02:40 why so many shards? policy null since mid Jan\n';
    const result = run(txt, { language: 'en' }, 'text');
    expect(result.events.filter((e) => e.at!.length > 10).map((e) => e.at)).toEqual(['2024-02-09T21:00', '2024-02-09T23:52', '2024-02-10T00:00', '2024-02-10T00:20', '2024-02-10T02:40']);
    expect(result.warnings.filter((w) => w.startsWith('events out of order'))).toEqual([]);
  });

  it('does not roll a list over midnight when it only changes zone ("11:34" in UTC+8, then "03:48 UTC")', () => {
    const md = 'All times are UTC+8 unless marked.\n\n2024-11-21:\n\n- 11:20 cross-AZ timeouts\n- 11:34 drain hangs\n- 03:48 UTC provider confirms an equipment failure\n- 11:55 Postgres primary stops\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-11-21T11:20+08:00', '2024-11-21T11:34+08:00', '2024-11-21T03:48Z', '2024-11-21T11:55+08:00']);
  });

  it('rolls a list entry over midnight from the last entry\'s own time, not from a time told in its middle', () => {
    const md = 'Exported by priya.s on Thu, Aug 22, 2024 at 12:10 PM.\n\n- [09:02] marco.b: opening this.\n- [09:07] marco.b: data-3 is gone. dmesg on the host: I/O errors starting 23:38 last night, then the disk disappeared.\n- [09:08] priya.s: why red\n- [09:10] marco.b: red indices found\n';
    expect(ats(md, { language: 'en' }).filter((at) => !!at?.startsWith('2024-08-22T09'))).toEqual(['2024-08-22T09:02', '2024-08-22T09:07', '2024-08-22T09:08', '2024-08-22T09:10']);
  });

  it('reads "Tuesday (May 14) at 09:12 UTC" as one moment, and a Q&A thread\'s "asked on" as the write-up\'s date', () => {
    const md = '**jkowalczyk** asked on May 16, 2024 in Q&A\n\nOn Tuesday (May 14) at 09:12 UTC we lost two brokers. At 09:40 UTC we decided to fail over.\n';
    expect(run(md, { language: 'en' }).events.map((e) => [e.at, e.when])).toEqual([
      ['2024-05-14T09:12Z', 'On Tuesday (May 14) at 09:12 UTC'],
      ['2024-05-14T09:40Z', '09:40 UTC'],
    ]);
  });

  it('gives a time told only in brackets the words after it ("回滚了模型版本（14:07），没有效果")', () => {
    const md = '- 2024-04-16 14:05 告警\n\n一开始怀疑是当天 14:00 的例行更新导致的，回滚了模型版本（14:07），没有任何效果。\n';
    const texts = run(md, { language: 'zh' }).events.map((e) => e.text);
    expect(texts.every((t) => /^[\p{L}\p{N}]/u.test(t))).toBe(true);
  });

  it('reads a review meeting in a metadata line as the write-up\'s date, and keeps the story on its own earlier day', () => {
    const md = '> 整理：基础架构组 刘畅 ｜ 复盘会：2024-04-12 ｜ 故障等级：P1\n\n2024 年 4 月 10 日（周三）14:32 至 15:19，下单接口报错。\n\n- 4 月 9 日 19:00，提交工单。\n- 14:20，执行变更。\n- 14:35，看到大量报错。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-04-09T19:00', '2024-04-10T14:20', '2024-04-10T14:32', '2024-04-10T14:35']);
    const meta = '故障级别：S2 记录人：宋佳怡 复盘会：2021/11/12 15:00\n\n2021 年 11 月 11 日 20:05 库存扣减超时。\n';
    expect(ats(meta, { language: 'zh' })).toEqual(['2021-11-11T20:05']);
  });

  it('reads "Postmortem — posted Jan 27, 2022 - 11:30 EST" as the write-up\'s date', () => {
    const md = '# Incident report\n\nPostmortem — posted Jan 27, 2022 - 11:30 EST\n\nOn Jan 25, 2022 at 14:02 EST the API failed.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2022-01-25T14:02-05:00']);
  });

  it('places "Two hours later" and "about ten minutes later" after the latest time told that day, and no count in the middle of an explanation', () => {
    const txt = 'Report date: 2024-06-10\n\nMon 3 June - at 14:20 the disk alert fired. Two hours later two more hosts crossed 85%.\n\nTue 4 June - at 09:10 Ruth joined. The log answer was "Fri 31 May 16:00". Sam remembered the dot rule about ten minutes later.\n\nThe window ends 24 hours later in the summary of it, and the negative cache lasts —一小时后 it expires.\n';
    const events = run(txt, { language: 'en' }, 'text').events;
    expect(events.filter((e) => e.when.includes('later')).map((e) => [e.at, e.when])).toEqual([
      ['2024-06-03T16:20', 'Two hours later'],
      ['2024-06-04T09:20', 'about ten minutes later'],
    ]);
  });

  it('counts "yesterday" in a thread\'s comment from the comment\'s own header, and a time something went on since is no routine', () => {
    const md = '**Sven** — 2025-01-21T07:58:40Z\n\nReloads look odd.\n\n**Mei Tanaka** — 2025-01-22T09:40:03Z\n\nFound it: a reload every 20–40 seconds since yesterday 16:12 UTC.\n';
    expect(ats(md, { language: 'en' })).toContain('2025-01-21T16:12Z');
  });

  it('leaves out a meeting or change scheduled for a day and time, and a weekly report\'s next-week plan', () => {
    const md = '# 周报\n\n## 一、故障\n\n- 9月11日（周三）14:32 etcd 写入报 NOSPACE。\n\n后续事项（复盘会定于 9月13日（周五）上午 10:00）。\n\n## 三、下周计划\n\n- 9月18日（周三）20:00 prod-k8s-02 升级 1.28 → 1.29\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2000-09-11T14:32']);
  });

  it('reads a chat export\'s message under its "**[10:07] Tom Lindqvist**" header without the speaker\'s name', () => {
    const md = 'Exported on Thu 14 Nov 2024.\n\n**[10:07] Tom Lindqvist**\nrefunds.pending depth is 0 and stays 0.\n\n**[10:12] Marek Nowak** (thread)\nno partitions, no alarms\n';
    expect(run(md, { language: 'en' }).events.map((e) => [e.at, e.text])).toEqual([
      ['2024-11-14T10:07', 'refunds.pending depth is 0 and stays 0.'],
      ['2024-11-14T10:12', 'no partitions, no alarms'],
    ]);
  });

  it('gives a status page\'s "Posted Nov 12, 17:20 UTC" stamp the update above it as its text', () => {
    const md = '# Incident history\n\nIncident began 2024-11-12.\n\n**Resolved** — Downloads are back to normal.\n\nPosted Nov 12, 17:20 UTC\n\n**Monitoring** — Upload errors are back to normal.\n\nPosted Nov 12, 16:05 UTC\n';
    expect(run(md, { language: 'en' }).events.filter((e) => e.at!.length > 10).map((e) => [e.at, e.text])).toEqual([
      ['2024-11-12T16:05Z', 'Monitoring — Upload errors are back to normal.'],
      ['2024-11-12T17:20Z', 'Resolved — Downloads are back to normal.'],
    ]);
  });

  it('reads a plain-text log table closed by a rule of dashes as entries, not as one long heading', () => {
    const txt = 'PagerDuty - Incident Log Export\n\nTIMESTAMP                 TYPE         DETAILS\n------------------------  -----------  -------\n2024-11-07 02:14:09 PST   Triggered    monitor fired\n2024-11-07 02:27:40 PST   Acknowledged By Marcus\n2024-11-07 05:16:40 PST   Resolved     By Priya\n-----------------------------------------------\n\nResponder notes\n---------------\n\nAll fine.\n';
    expect(ats(txt, { language: 'en' }, 'text')).toEqual(['2024-11-07T02:14:09-08:00', '2024-11-07T02:27:40-08:00', '2024-11-07T05:16:40-08:00']);
  });

  it('reads a daily report\'s own date in its title as the write-up\'s: its 今天 is that day', () => {
    const md = '# 运维日报 2024-04-16（周二）\n\n## 故障\n\n- 4月15日 16:30 左右，手工重建了别名。\n- 今天 08:10 巡检发现磁盘 84%。\n- 09:20 告警：磁盘超过 90%。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-04-15T16:30', '2024-04-16T08:10', '2024-04-16T09:20']);
  });

  it('places the weekdays of a story after the day it told ("Thursday the 14th … Saturday around 2am")', () => {
    const md = '*Posted by u/someone · Mar 19, 2024*\n\nThursday the 14th, around 11pm, the first burst started.\n\nSaturday around 2am we hit the cap.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-03-14T23:00', '2024-03-16T02:00']);
  });

  it('reads a WeChat export\'s "周涛 2024-06-03 21:14" headers: the message is the event, its 今天 is the message\'s day', () => {
    const txt = '（导出自微信，导出时间 2024-06-04 09:12）\n\n周涛 2024-06-03 21:14\n下单接口超时告警\n\n马晓 2024-06-03 21:36\n是我们今天下午 4 点上线的对账导出\n';
    const events = run(txt, { language: 'zh' }, 'text').events;
    expect(events.map((e) => e.at)).toEqual(['2024-06-03T16:00', '2024-06-03T21:14', '2024-06-03T21:36']);
    expect(events.slice(1).map((e) => e.text)).toEqual(['下单接口超时告警', '是我们今天下午 4 点上线的对账导出']);
  });

  it('takes no event from a line of figures with a time at its end (pasted command output)', () => {
    const md = '2024-06-03:\n\n- 21:14 下单接口超时告警\n- 21:19 212 1380 401 18.9% 95.1%\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-06-03T21:14']);
  });

  it('dates the incident by a detection on one of the story\'s days, not by a lone day elsewhere', () => {
    const md = 'Background: on 2024-05-01 09:00 we were alerted about a slow query once, then nothing.\n\n2024-06-03:\n\n- 21:14 order API timeout alert fires\n- 21:30 SEV2 declared\n- 22:20 index built\n';
    const r = run(md, { language: 'en' });
    expect(r.incidentDate).toBe('2024-06-03');
  });

  it('reads an activity log whose lines open with "18 Feb 2025 02:41:07" as one entry per line', () => {
    const txt = 'Activity log (all times UTC)\n\n18 Feb 2025 02:41:07  Alert created by Prometheus\n18 Feb 2025 02:47:52  Acknowledged by Kamil\n18 Feb 2025 06:02:19  Alert closed\n';
    expect(run(txt, { language: 'en' }, 'text').events.map((e) => [e.at, e.text])).toEqual([
      ['2025-02-18T02:41:07Z', 'Alert created by Prometheus'],
      ['2025-02-18T02:47:52Z', 'Acknowledged by Kamil'],
      ['2025-02-18T06:02:19Z', 'Alert closed'],
    ]);
  });

  it('puts the times under "Timeline (yesterday, ET)" in an email on the day before it was sent', () => {
    const md = '**From:** Dana Whitfield\n**To:** eng-all\n**Date:** Wed, Nov 13, 2024, 9:12 AM\n**Subject:** Sev-1 summary\n\nTeam,\n\n**Timeline (yesterday, ET)**\n\n- 09:58 Pricing published the batch.\n- 14:40 Mismatch stopped.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-11-12T09:58-05:00', '2024-11-12T14:40-05:00']);
  });

  it('leaves out a day and time told as future: "will run the review Tuesday at 11:00", "Postmortem review: Thu 20 Feb 15:00 UTC"', () => {
    const md = '2025-02-18:\n\n- 02:41 alert fired\n- 06:02 alert closed\n\nPostmortem review: Thu 20 Feb 15:00 UTC, room Lisbon.\n\nMarcus will run the follow-up Tuesday 25 Feb at 11:00.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2025-02-18T02:41Z', '2025-02-18T06:02Z']);
  });

  it('reads T-90 and T+32 as minutes from a "T0 = …" anchor, in a table', () => {
    const md = '- 时间约定：T0 = 2024 年 7 月 16 日 21:47，下文 T±N 均以分钟计\n\n| 时间 | 事件 |\n|---|---|\n| T-90 | 迁移 SLB |\n| T0 | 502 告警 |\n| T+32 | 开始 reload |\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-07-16T20:17', '2024-07-16T21:47', '2024-07-16T22:19']);
  });

  it('reads "1:15" after "11:30" in one list as after lunch, and a byline "written by … Oct 21 2024" as the write-up\'s', () => {
    const md = '*Data team · written by Owen · draft 2, Oct 21 2024*\n\nOn Thursday, October 17, a PR renamed the DAG.\n\n- **10:50** — PR merged.\n- **11:30** — First 429 responses.\n- **1:15** — Quota exhausted.\n- **2:30** — Sales ops reports no leads.\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-10-17T10:50', '2024-10-17T11:30', '2024-10-17T13:15', '2024-10-17T14:30']);
  });

  it('starts a story with no day of its own on the first day its background names, not the last', () => {
    const md = '# 选课故障说明\n\n## 背景\n\n2023 年 9 月 8 日是第一轮选课开放日。\n\n暑假把 Nginx 迁到 K8s，8 月 21 日切完流量。\n\n## 经过\n\n下午两点选课开放。\n\n14点03分 告警。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2023-08-21', '2023-09-08T14:00', '2023-09-08T14:03']);
  });

  it('leaves out a blog\'s "Posted <date>" byline and keeps "10:02 a.m. Pacific" in one sentence', () => {
    const md = '*Posted September 10, 2024 by Marta*\n\nOn Tuesday, August 27 the live map froze. At 10:02 a.m. Pacific their import script started. Around 10:20 the alarm fired.\n\nPosted a status update at 11:05.\n';
    const events = run(md, { language: 'en' }).events;
    expect(events.map((e) => [e.at, e.when])).toEqual([
      ['2024-08-27T10:02', '10:02 a.m.'],
      ['2024-08-27T10:20', '10:20'],
      ['2024-08-27T11:05', '11:05'],
    ]);
    expect(events[0].text).toContain('Pacific their import script started');
  });

  it('counts "last night" from the date a Slack export was made', () => {
    const md = 'Exported by priya on Thu, Aug 22, 2024 at 12:10 PM.\n\n[09:02] marco: search is down since last night\n[09:07] marco: disk errors starting 23:38 last night\n';
    expect(ats(md, { language: 'en' })).toEqual(['2024-08-21T23:38', '2024-08-22T09:02', '2024-08-22T09:07']);
  });

  it('reads "yesterday" and "this morning" from a report date, else from the day the story is on', () => {
    const dated = 'Report date: 2024-05-15\n\nYesterday at 3:10 PM we deployed the change.\n\nThis morning at 06:20 the queue was drained.\n';
    expect(ats(dated, { language: 'en' })).toEqual(['2024-05-14T15:10', '2024-05-15T06:20']);
    const undated = 'On 2024-05-15 at 09:00 the alert fired.\n\nYesterday at 3:10 PM we deployed the change.\n';
    expect(ats(undated, { language: 'en' })).toEqual(['2024-05-14T15:10', '2024-05-15T09:00']);
  });
});

describe('extractTimeline: days told twice', () => {
  it('reads a day in brackets after a time, and "the next morning" after one, as that time\'s day', () => {
    const md = 'On May 20 the migration ran at 16:05. Replay finished at 03:40 the next morning.\n\n## Timeline\n\n- 16:05 migration runs\n- 17:25 restore started\n- 09:15 (May 21) uploads re-enabled\n';
    expect(run(md).events.map((e) => [e.at, e.when])).toEqual([
      ['2025-05-20T16:05', '16:05'],
      ['2025-05-20T17:25', '17:25'],
      ['2025-05-21T03:40', '03:40 the next morning'],
      ['2025-05-21T09:15', '09:15 (May 21)'],
    ].map(([at, when]) => [at.replace('2025-', `${UNKNOWN_YEAR}-`), when]));
  });

  it('puts the first entry of a timeline list that tells again a time the prose told on its day, not the last day the prose reached', () => {
    const md = 'On 2025-05-20 the migration ran at 16:05. Uploads were back at 09:15 on May 21.\n\n## Timeline\n\n- 16:05 migration runs\n- 16:40 first ticket\n';
    expect(ats(md)).toEqual(['2025-05-20T16:05', '2025-05-20T16:40', '2025-05-21T09:15']);
  });

  it('goes on in the evening a sentence opened in for a later 12-hour clock of it, but not for a zero-padded hour', () => {
    const md = '2024-11-12 复盘\n\n晚上 9 点 20 左右 P99 开始上升，告警是 9 点 26 响的。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-11-12T21:20', '2024-11-12T21:26']);
    const padded = '2024-11-20 复盘\n\n15 时 10 分发现异常，攻击者 03 时 52 分创建了账号。\n';
    expect(ats(padded, { language: 'zh' })).toContain('2024-11-20T03:52');
  });

  it('counts 昨晚 in the line that dates the write-up from that date', () => {
    const text = '昨晚下单超时的事 简单捋一下（2024-11-13 老周整理）\n\n晚上 9 点 20 左右 下单接口 P99 开始上升\n\n次日凌晨1点 堆积还剩 40 多万\n';
    expect(ats(text, { language: 'zh' }, 'text')).toEqual(['2024-11-12T21:20', '2024-11-13T01:00']);
  });
});

describe('extractTimeline: weekdays', () => {
  it('counts weekdays in the report\'s own calendar when it pairs a date with its weekday but writes no year', () => {
    const md = '# 值班交接：3月7日（周六）~ 3月8日（周日）\n\n周一要拉开发跟进。\n\n- 周六晚上 8 点 大促开场\n- 21:40 lag 开始涨\n- 周日凌晨 1:30 lag 降到 0\n';
    const r = run(md, { language: 'zh' });
    expect(r.events.map((e) => e.at)).toEqual([`${UNKNOWN_YEAR}-03-07T20:00`, `${UNKNOWN_YEAR}-03-07T21:40`, `${UNKNOWN_YEAR}-03-08T01:30`]);
  });

  it('reads a sentence opened by a weekday and its date as the story\'s day, even after a later header date', () => {
    const md = '**mkowalski** opened this issue on Sep 14, 2023\n\nOn Tuesday 2023-09-12, from roughly 14:05 UTC the names failed.\n\nTimeline, all UTC:\n\n- 13:50 - moved the zone\n- 15:25 - found it\n';
    expect(ats(md).filter((at) => at?.includes('T'))).toEqual(['2023-09-12T13:50Z', '2023-09-12T14:05Z', '2023-09-12T15:25Z']);
  });
});

describe('extractTimeline: a blog byline and a nightly job', () => {
  it('reads "Name · June 12, 2024 · …" as the write-up\'s byline and a time "once a night" as a schedule', () => {
    const md = '*Jonas Keller · June 12, 2024 · internal notes*\n\nOnce a night at 03:00 a cron job compares everything.\n\nOn Friday (June 7) Ana merged a change around 4pm.\n';
    expect(ats(md)).toEqual(['2024-06-07T16:00']);
  });
});

describe('extractTimeline: the last time told', () => {
  it('goes on in the afternoon a sentence told after its date, for the 12-hour clocks of the next paragraphs', () => {
    const md = '这周二（2024年4月9日）下午 3 点 10 分左右，告警群开始刷 500。\n\n3点25分 组长说先重启两个 pod 试试。\n';
    expect(ats(md, { language: 'zh' })).toEqual(['2024-04-09T15:10', '2024-04-09T15:25']);
  });
});

describe('extractTimeline: a review date among the header labels', () => {
  it('reads "**Reviewed:** 2024-10-22" in a header paragraph as the write-up\'s date, not the story\'s', () => {
    const md = '# Postmortem: gateway OOM loop, 2024-10-17\n\n**Status:** Final\n**Reviewed:** 2024-10-22 in the weekly review\n\n## Summary\n\nPods were OOMKilled on Thursday morning.\n\n## Impact\n\n- 09:38–11:12 PT: 11% of requests failed.\n';
    expect(ats(md)).toEqual(['2024-10-17T09:38-07:00']);
  });
});

describe('extractTimeline: a status page\'s postmortem entry', () => {
  it('reads "**Postmortem** - Mar 6, 2025 09:15 UTC" as the write-up\'s date, the updates below it as events', () => {
    const md = '**Postmortem** - Mar 6, 2025 09:15 UTC\n\nAt 13:24 UTC on Mar 3 writes started hanging.\n\n**Resolved** - Mar 3, 2025 18:47 UTC\n\nAll good.\n';
    expect(ats(md)).toEqual(['2025-03-03T13:24Z', '2025-03-03T18:47Z']);
  });
});
