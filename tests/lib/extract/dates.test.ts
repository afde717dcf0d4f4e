import { describe, expect, it } from 'vitest';
import { formatAt, parseDateTimes, writeUpDayOf } from '../../../src/lib/extract/dates.ts';
import { findEvidenceDates, isLogLine } from '../../../src/lib/extract/date-evidence.ts';
import { findDeclaredZone } from '../../../src/lib/extract/zones.ts';

const first = (text: string, language = 'en') => {
  const m = parseDateTimes(text, { language })[0];
  if (!m) return undefined;
  const { index: _i, ...rest } = m;
  return rest;
};

describe('parseDateTimes', () => {
  it.each([
    ['2021-02-25 19:56:12', { year: 2021, month: 2, day: 25, hour: 19, minute: 56, second: 12 }],
    ['2022-02-09 08:03', { year: 2022, month: 2, day: 9, hour: 8, minute: 3 }],
    ['Step 1 <2020-02-20>', { year: 2020, month: 2, day: 20 }],
    ['2021/02/25', { year: 2021, month: 2, day: 25 }],
    ['Oct 21, 2019', { year: 2019, month: 10, day: 21 }],
    ['August 12 2025', { year: 2025, month: 8, day: 12 }],
    ['Monday 7 January 2019', { year: 2019, month: 1, day: 7 }],
    ['On 31st July 2018 a researcher', { year: 2018, month: 7, day: 31 }],
    ['Monday 3. February 2020', { year: 2020, month: 2, day: 3 }],
    ['May 30th, 2019 Prow', { year: 2019, month: 5, day: 30 }],
    ['12-12 00:01 DataV 版本切换故障', { month: 12, day: 12, hour: 0, minute: 1 }],
    ['[07:00] Prow merges again', { hour: 7, minute: 0 }],
    ['5:00 PM', { hour: 17, minute: 0 }],
    ['12:10 AM', { hour: 0, minute: 10 }],
    ['21:17 UTC: published', { hour: 21, minute: 17, zone: 'Z' }],
    ['2:30 PM PDT', { hour: 14, minute: 30, zone: '-07:00' }],
    ['03:40 (May 21) WAL replay finished', { raw: '03:40 (May 21)', hour: 3, minute: 40, month: 5, day: 21 }],
    ['14:00（3月5日）上线', { raw: '14:00（3月5日）', hour: 14, minute: 0, month: 3, day: 5 }],
    ['at 03:40 the next morning (May 21)', { raw: '03:40 the next morning', hour: 3, minute: 40, relativeDays: 1 }],
    ['On Oct 21, 2019 around 2:30 PM PDT, the on-call got paged', { raw: 'Oct 21, 2019 around 2:30 PM PDT', year: 2019, month: 10, day: 21, hour: 14, minute: 30, zone: '-07:00' }],
    ['a change merged on October 17: when a customer origin', { raw: 'October 17', month: 10, day: 17 }],
    ['Oct 17:30 deploy', { raw: '17:30', hour: 17, minute: 30 }],
    ['the nodes added in October were the emptiest', { raw: 'October', month: 10 }],
    ['since mid-May the queue grew', { raw: 'May', month: 5 }],
    ['We merged it in March, 2020', { raw: 'March, 2020', year: 2020, month: 3 }],
    ['14:51 CEST', { hour: 14, minute: 51, zone: '+02:00' }],
    ['2021-02-25T19:56:12+08:00', { year: 2021, month: 2, day: 25, hour: 19, minute: 56, second: 12, zone: '+08:00' }],
    ['On 2020-02-20 at 21:28 UTC we', { year: 2020, month: 2, day: 20, hour: 21, minute: 28, zone: 'Z' }],
    ['Aug 12, 2025 at 4:32PM UTC', { year: 2025, month: 8, day: 12, hour: 16, minute: 32, zone: 'Z' }],
    ['the next day at 10:00', { relativeDays: 1, hour: 10, minute: 0 }],
    ['Later that afternoon we added NOTRACK rules', { relativeDays: 0 }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject({ ...expected });
  });

  it.each([
    ['2019年7月14日', { year: 2019, month: 7, day: 14 }],
    ['12月12日 9点32分', { month: 12, day: 12, hour: 9, minute: 32 }],
    ['大约 11 号 18点的时候', { day: 11, hour: 18, minute: 0 }],
    ['10 点 40 左右上游', { hour: 10, minute: 40, approximate: true }],
    ['凌晨2点', { hour: 2, minute: 0 }],
    ['下午3点半', { hour: 15, minute: 30 }],
    ['分钟级延迟 9 点~11 点 19 分', { hour: 9, minute: 0, end: { hour: 11, minute: 19 } }],
    ['12-12 9 点 消费积压', { month: 12, day: 12, hour: 9, minute: 0 }],
    ['直到第二天，累积', { relativeDays: 1 }],
    ['次日凌晨2点', { relativeDays: 1, hour: 2, minute: 0 }],
    ['然而在九月份因为', { month: 9 }],
    ['14:00 CST', { hour: 14, zone: '+08:00' }],
    ['Mar 6, 2024 - 13:44 UTC', { year: 2024, month: 3, day: 6, hour: 13, minute: 44, zone: 'Z' }],
    // hours and minutes in Chinese numerals: after a period of the day, a day, or with minutes, 多 or 左右
    ['下午两点四十左右，运营说', { hour: 14, minute: 40, approximate: true }],
    ['11 日零点大促开始', { day: 11, hour: 0, minute: 0 }],
    ['三点五十左右 DBA 调参', { hour: 3, minute: 50 }],
    ['四点半之后导入成功', { hour: 4, minute: 30 }],
    ['三点多改完重启', { hour: 3, minute: 0, approximate: true }],
    ['三点过五分，5xx 比例回落', { hour: 3, minute: 5 }],
    ['凌晨两点过十分翻日志', { hour: 2, minute: 10, smallHours: true }],
    ['零点活动页切换', { hour: 0, minute: 0, smallHours: true }],
    ['大约上午 10 点三台 broker 都恢复了', { hour: 10, minute: 0 }],
    ['周三晚上8点，按计划加主节点', { weekday: 3, hour: 20, minute: 0 }],
    ['上周五晚上 10 点开始报警', { weekday: 5, weekOffset: -1, hour: 22 }],
  ])('%s (zh)', (text, expected) => {
    expect(first(text, 'zh')).toMatchObject(expected);
  });

  it('reads a weekday after on / last / this, but not one its date names, a plan or a comparison', () => {
    expect(first('We upgraded on Friday and it broke.')).toMatchObject({ weekday: 5 });
    expect(first('last Friday the job failed')).toMatchObject({ weekday: 5, weekOffset: -1 });
    expect(first('On Tuesday, March 12, at 11:38')).toMatchObject({ month: 3, day: 12, hour: 11 });
    expect(parseDateTimes('traffic was higher than last Friday; ship it next Monday')).toEqual([]);
    expect(parseDateTimes('2019年7月14日是个周日', { language: 'zh' }).map((m) => m.weekday)).toEqual([undefined]);
  });

  it("reads Jira's day/month-name dates, with or without a two-digit year", () => {
    expect(first('Owen Park added a comment — 14/Feb/24 8:15 AM')).toMatchObject({ year: 2024, month: 2, day: 14, hour: 8, minute: 15 });
    expect(first('One restart on 18/Feb at 04:16 UTC')).toMatchObject({ month: 2, day: 18, hour: 4, zone: 'Z' });
    expect(parseDateTimes('see docs/Feb/notes and a/Feb/b')).toEqual([]);
  });

  it('reads CST as US Central in English', () => {
    expect(first('14:00 CST')?.zone).toBe('-06:00');
  });

  it.each(['2021-02-30', '25:61', '2022-02-?? ??:??', '[???]', 'http://192.168.0.206:19090/', '30~40%', '1-3 hours ago', '快一点', '有 2 点需要注意', '有一点问题', '以下两点原因', '这两点很重要', '每周五例行发布', '下周二前出方案', '写入量和上周日基本一致', '周末加班', '脚本只会把周六周日标成非工作日', '周六、周日不上班', '周一到周五有人值班', '级别：P1　时长：约 38 分钟', '3 时长', 'v1.13.5', 'built from cp-node-2022.08.1', '7 升 8.0 时 my.cnf 模板遗漏', '只是挂得晚一点（stage 6 跑到 70%）'])(
    'rejects %s',
    (text) => {
      expect(parseDateTimes(text, { language: 'zh' })).toEqual([]);
    },
  );

  it('reads lowercase month names next to a day or after a preposition, but not the modal may or a word that starts like a month', () => {
    expect(first('a puppet cleanup merged jan 8 replaced it')).toMatchObject({ month: 1, day: 8 });
    expect(first('partitioned in november')).toMatchObject({ month: 11 });
    expect(parseDateTimes('it may 3x the load; the market decided in junior mode')).toEqual([]);
  });

  it('keeps the raw text of each moment and finds several in order', () => {
    const found = parseDateTimes('00:10 任务停止，重置点位为 12-11 23:00 启动', { language: 'zh' });
    expect(found.map((m) => m.raw)).toEqual(['00:10', '12-11 23:00']);
  });
});

describe('a weekday with its date in brackets', () => {
  it.each([
    ['On Tuesday (May 14) at 09:12 UTC we failed', { month: 5, day: 14, hour: 9, minute: 12 }],
    ['On May 14 (Tuesday) at 09:12 UTC we failed', { month: 5, day: 14, hour: 9, minute: 12 }],
    ['last Friday (May 10) the job moved', { month: 5, day: 10 }],
  ])('%s', (text, expected) => {
    const [m] = parseDateTimes(text, { language: 'en' });
    expect(m).toMatchObject(expected);
    expect(m.weekday).toBeUndefined();
  });

  it('keeps a weekday whose brackets hold no date, and "the previous day\'s usage" is no moment', () => {
    expect(parseDateTimes('On Tuesday (see the graph) it broke', { language: 'en' })[0]).toMatchObject({ weekday: 2 });
    expect(parseDateTimes("loads the previous day's usage", { language: 'en' })).toEqual([]);
    expect(parseDateTimes('fixed the previous day', { language: 'en' })[0]).toMatchObject({ relativeDays: -1 });
  });
});

describe('formatAt', () => {
  it('writes only the parts it has', () => {
    expect(formatAt({ year: 2018, month: 9 })).toBe('2018-09');
    expect(formatAt({ year: 2018, month: 10, day: 11 })).toBe('2018-10-11');
    expect(formatAt({ year: 2018, month: 10, day: 11, hour: 18, minute: 0, zone: '+08:00' })).toBe('2018-10-11T18:00+08:00');
    expect(formatAt({ month: 10, day: 11 })).toBeNull();
  });
});

describe('evidence', () => {
  it('recognises log lines but not timeline entries', () => {
    expect(isLogLine('[W 181011 14:18:24 conn:625] <BrokerConnection node_id=18>')).toBe(true);
    expect(isLogLine('2019-01-29 23:59:24 [org.springframework.kafka] ERROR o.a.k.c.c.i.ConsumerCoordinator')).toBe(true);
    expect(isLogLine('2021-02-25 19:56:12 收到告警')).toBe(false);
    expect(isLogLine('[07:00] Prow is merging')).toBe(false);
    expect(isLogLine('2024.12.02 10:23:07.552019 [ 2917 ] {} events_local (ReplicatedMergeTreeQueue): Not executing merge')).toBe(true);
    expect(isLogLine('-rw-r--r-- 1 root root 214 May 31 16:58 media-archive.cron')).toBe(true);
    expect(isLogLine('  -rw-r----- 1 mysql mysql 412G Sep 16 03:47 /data/mysql/ibtmp1')).toBe(true);
    expect(isLogLine('2024-01-13 06:14:02,118:ERROR:certbot._internal.auth_handler:Challenge failed')).toBe(true);
    expect(isLogLine('2024-01-13 14:05: deploy started')).toBe(false);
    expect(isLogLine('Mon 3 June - at 14:20 the disk alert fired')).toBe(false);
    expect(isLogLine('Feb 18 2025 02:40:51 GMT: WARNING (nsup): (nsup.c:1153) {bids} breached eviction hwm')).toBe(true);
    expect(isLogLine('Feb 18, 2025 02:41 the alert fired')).toBe(false);
    expect(isLogLine('01-14 10:31:22.417  8812  8812 W PaySDK: registerResultReceiver failed')).toBe(true);
  });

  it('reads "Thursday the 14th", "the 14th of March", a weekday opening a sentence with its clock time, and 双十二 as days', () => {
    expect(parseDateTimes('Thursday the 14th, around 11pm, the first burst started.')[0]).toMatchObject({ day: 14, hour: 23 });
    expect(parseDateTimes('on Thursday the 14th of March we saw it')[0]).toMatchObject({ month: 3, day: 14 });
    expect(parseDateTimes('Saturday around 2am we hit the cap')[0]).toMatchObject({ weekday: 6, hour: 2 });
    expect(parseDateTimes('Monday evening is our weekly traffic peak')).toEqual([]);
    expect(parseDateTimes('双十二那天晚上，下单接口失败', { language: 'zh' })[0]).toMatchObject({ month: 12, day: 12 });
    expect(parseDateTimes('双11 当天零点流量到来', { language: 'zh' })[0]).toMatchObject({ month: 11, day: 11 });
    expect(parseDateTimes('容量评估沿用去年双十一的数据', { language: 'zh' })).toEqual([]);
    expect(parseDateTimes('双 12 活动前新增了缓存规则', { language: 'zh' })).toEqual([]);
  });

  it('reads a military clock "0912Z" in UTC and "on the 22nd" as a day of the month, not "on the 3rd attempt"', () => {
    expect(parseDateTimes('0912Z Spinnaker finished the deploy')[0]).toMatchObject({ hour: 9, minute: 12, zone: 'Z' });
    expect(parseDateTimes('build 20240806Z')).toEqual([]);
    expect(parseDateTimes('At 06:55 on the 22nd the first ticket arrived')[0]).toMatchObject({ day: 22, hour: 6, minute: 55 });
    expect(parseDateTimes('it failed on the 3rd attempt')).toEqual([]);
    expect(parseDateTimes('alerting on the 95th percentile')).toEqual([]);
    expect(parseDateTimes('14h05 — Alert pages Camille')[0]).toMatchObject({ hour: 14, minute: 5 });
    expect(parseDateTimes('the restore took 1h30')).toEqual([]);
  });

  it('reads 前一天 as a day, not as what was measured on it or compared with it', () => {
    for (const text of ['看了网关的 QPS，和前一天同时段基本持平', '同时按前一天的访问排行，预热首页', '报表平台每天凌晨会跑一批前一天的统计 SQL', '比前一天高了 18%']) {
      expect(parseDateTimes(text, { language: 'zh' }), text).toEqual([]);
    }
    expect(parseDateTimes('前一天的晚上 9 点发布了新版本', { language: 'zh' })[0]).toMatchObject({ relativeDays: -1, hour: 21 });
    expect(parseDateTimes('前一天晚上 9 点发布了新版本', { language: 'zh' })[0]).toMatchObject({ relativeDays: -1, hour: 21 });
  });

  it('reads a clock followed by a colon and a space ("15:31: release deployed"), not a run of colon-joined numbers', () => {
    expect(parseDateTimes('15:31: release 2024.05.14.1 is deployed to production')[0]).toMatchObject({ hour: 15, minute: 31 });
    expect(parseDateTimes('Sun 14 Jan, 08:50: Anna sees the reports')[0]).toMatchObject({ day: 14, hour: 8, minute: 50 });
    expect(parseDateTimes('mapped ports 80:443:8080')).toEqual([]);
    expect(parseDateTimes('10:30:00 ok')[0]).toMatchObject({ hour: 10, minute: 30, second: 0 });
  });

  it('reads 零点 as midnight only where it opens a clause, not as a decimal, a bound, a slot or a name', () => {
    for (const text of ['延迟零点五秒', '零点 3 秒', '大促零点前 10 分钟生效', '零点档 GMV 损失约 4%', '审批通过"618 零点限流规则"变更单', '为了零点的预热活动']) {
      expect(parseDateTimes(text, { language: 'zh' }), text).toEqual([]);
    }
  });

  it('reads a count of minutes or hours "later" only when asked (the timeline knows what it counts from)', () => {
    expect(parseDateTimes('Two hours later ingest-01 crossed 85%')).toEqual([]);
    for (const [text, minutes] of [['Two hours later ingest-01 crossed 85%', 120], ['Sam remembered the rule about ten minutes later.', 10], ['About 20 minutes after that it failed.', 20], ['half an hour later it recovered', 30], ['半小时后恢复', 30], ['大概十分钟后 Pod 不再重启', 10]] as const) {
      expect(parseDateTimes(text, { offsets: true })[0], text).toMatchObject({ offsetMinutes: minutes });
    }
    // 几 / 多 say no number
    expect(parseDateTimes('十几分钟后才看回执', { offsets: true })).toEqual([]);
    expect(parseDateTimes('结果一个多小时后又开始抖', { offsets: true })).toEqual([]);
  });

  it('finds dates in file names, URLs and log stamps', () => {
    expect(findEvidenceDates('image2022-10-10_20-42-27.png')[0]).toEqual({ year: 2022, month: 10, day: 10 });
    expect(findEvidenceDates('markdown-img-paste-20211215195323445.png')[0]).toEqual({ year: 2021, month: 12, day: 15 });
    expect(findEvidenceDates('2023%2F09%2F25%2F20230925152844.png')[0]).toEqual({ year: 2023, month: 9, day: 25 });
    expect(findEvidenceDates('[W 181011 14:18:24 conn:625]')).toEqual([{ year: 2018, month: 10, day: 11 }]);
    expect(findEvidenceDates('QQ 258498217')).toEqual([]);
    expect(findEvidenceDates('notAfter=Apr  9 21:00:00 2024 GMT')).toEqual([{ year: 2024, month: 4, day: 9 }]);
    expect(findEvidenceDates('Thu Jan 10 21:00:01 2019')).toEqual([{ year: 2019, month: 1, day: 10 }]);
  });

  it('reads declared zones', () => {
    expect(findDeclaredZone('All times in UTC.')).toBe('Z');
    expect(findDeclaredZone('Timeline (times in BST)')).toBe('+01:00');
    expect(findDeclaredZone('All times PDT.')).toBe('-07:00');
    expect(findDeclaredZone('以下时间均为北京时间')).toBe('+08:00');
    expect(findDeclaredZone('The best times were had')).toBeUndefined();
    expect(findDeclaredZone('Rough sequence of events (UTC):')).toBe('Z');
    expect(findDeclaredZone('## Timeline (CET)')).toBe('+01:00');
    expect(findDeclaredZone('The alert fired at 14:51 (UTC)')).toBeUndefined();
  });
});

describe('a bare month/day', () => {
  it.each([
    ['Fix shipped 1/20: the SDK waits', { month: 1, day: 20 }],
    ['on 1/21 we rolled out again', { month: 1, day: 21 }],
    ['补了单测（2/1 已上线）', { month: 2, day: 1 }],
    ['6/2 白天 pay-gateway 三台机器重装新系统镜像', { month: 6, day: 2 }],
    ['11/11 上午 运营发放补偿券', { month: 11, day: 11 }],
  ])('is a day where the words say so: %s', (text, expected) => expect(first(text)).toMatchObject(expected));
  it.each(['about 1/20 of traffic', '补了 1/31、3/31 的单测'])('is no date otherwise: %s', (text) => expect(first(text)).toBeUndefined());
});

describe('writeUpDayOf', () => {
  const named = (text: string) => {
    const m = parseDateTimes(text, { language: 'zh' }).find((x) => x.hour !== undefined)!;
    const w = writeUpDayOf(text, m);
    return w && [w.days, w.raw];
  };
  it.each([
    ['昨天下午 5 点多，加了一条规则', [-1, '昨天下午 5 点多']],
    ['昨晚 23:40 左右开始', [-1, '昨晚 23:40']],
    ['昨晚8点发布', [-1, '昨晚8点']],
    ['昨晚 0:30 又出现', [0, '昨晚 0:30']],
    ['今天凌晨 0:20 重启', [0, '今天凌晨 0:20']],
    ['前天晚上 9 点', [-2, '前天晚上 9 点']],
    ['Yesterday at 3:10 PM we deployed', [-1, 'Yesterday at 3:10 PM']],
    ['last night around 2 AM it paged', [0, 'last night around 2 AM']],
    ['we rolled back at 15:10 yesterday.', [-1, '15:10 yesterday']],
    ['This morning at 06:20 the queue drained', [0, 'This morning at 06:20']],
  ])('%s', (text, expected) => expect(named(text)).toEqual(expected));
  it.each(['提前天 9 点', '23:55 我收到', '目前天 9 点开始'])('names no day in %s', (text) => expect(named(text)).toBeUndefined());
});
