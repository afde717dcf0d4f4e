import { describe, expect, it } from 'vitest';
import { cleanUnit, collectUnits, splitSentences } from '../../../src/lib/extract/units.ts';
import { sectionsOf } from './helpers.ts';

describe('cleanUnit', () => {
  it('drops a leading Chinese clock range with what it leaves behind', () => {
    expect(cleanUnit('1. 晚上 9 点 58 分到 10 点 41 分左右，进房失败率最高 35%。')).toBe('进房失败率最高 35%。');
    expect(cleanUnit('凌晨 2 点半 把流量切回主集群')).toBe('把流量切回主集群');
  });
  it('drops full-width bracketed numbering', () => {
    expect(cleanUnit('（1）分片键只按租户划分，形成热点；')).toBe('分片键只按租户划分，形成热点；');
    expect(cleanUnit('（二）接入大客户前没有做容量评估')).toBe('接入大客户前没有做容量评估');
  });
  it('drops the mark of an answer in a transcript', () => {
    expect(cleanUnit('答：这就是这次的根本原因。')).toBe('这就是这次的根本原因。');
    expect(cleanUnit('A: the new primary had an errant transaction.')).toBe('the new primary had an errant transaction.');
    expect(cleanUnit('A:B testing was off.')).toBe('A:B testing was off.');
  });
  it('drops the time of a timeline entry, with its zone, and nothing of the words after it', () => {
    expect(cleanUnit('09:05 Deleted the oldest indices early.')).toBe('Deleted the oldest indices early.');
    expect(cleanUnit('16:14 Synthetic checks for the homepage fail.')).toBe('Synthetic checks for the homepage fail.');
    expect(cleanUnit('12:00 At the time nobody was paged.')).toBe('At the time nobody was paged.');
    expect(cleanUnit('06:45 Amara notices the failed run.')).toBe('Amara notices the failed run.');
    expect(cleanUnit('凌晨 2 点半 把消费者扩到 20 个。')).toBe('把消费者扩到 20 个。');
    expect(cleanUnit('14:00 左右把 gc_grace_seconds 调到 1 天。')).toBe('把 gc_grace_seconds 调到 1 天。');
    expect(cleanUnit('上午 短信组把 SDK 回滚了。')).toBe('短信组把 SDK 回滚了。');
    expect(cleanUnit('前后端同时报错。')).toBe('前后端同时报错。');
    expect(cleanUnit('06:45 am Amara notices the failed run.')).toBe('Amara notices the failed run.');
    expect(cleanUnit('14:51 UTC: resolvers start returning SERVFAIL')).toBe('resolvers start returning SERVFAIL');
    expect(cleanUnit('2:30 PM PDT the on-call got paged')).toBe('the on-call got paged');
    expect(cleanUnit('[13:26] 消费延迟开始上涨')).toBe('消费延迟开始上涨');
    expect(cleanUnit('12-11 21:37 任务自动重启')).toBe('任务自动重启');
  });
  it('skips record dumps: three "Field: value" pairs or more', () => {
    expect(cleanUnit('Id: 88213 User: app_order Host: 10.2.3.14:51234 Time: 1208 State: Waiting for table metadata lock')).toBe('');
    expect(cleanUnit('Impact: checkout failed for 40 minutes.')).toBe('Impact: checkout failed for 40 minutes.');
  });
});

describe('splitSentences', () => {
  it('ends no sentence inside a token: `?v=` in English or Chinese text', () => {
    const en = splitSentences('An engineer notices ?v= on asset URLs. Then we rolled back.', 1).map((s) => s.text);
    expect(en).toEqual(['An engineer notices ?v= on asset URLs.', 'Then we rolled back.']);
    const zh = splitSentences('去掉 ?v=1 查询串。然后重启服务?还是不行', 1).map((s) => s.text);
    expect(zh).toEqual(['去掉 ?v=1 查询串。', '然后重启服务?', '还是不行']);
  });
});

describe('collectUnits', () => {
  it('reads a chat message under its "**[10:07] Tom Lindqvist**" header without the speaker, and "10:07 restarted the pods" as it is', () => {
    const md = '**[10:07] Tom Lindqvist**\nrollback done, depth goes back to 0 a minute later.\n\n10:09 restarted the pods\n10:12 checked the policy\n';
    const texts = collectUnits(sectionsOf(md).sections).map((u) => u.text);
    expect(texts).toContain('rollback done, depth goes back to 0 a minute later.');
    expect(texts.some((t) => t.includes('Tom Lindqvist'))).toBe(false);
    expect(texts).toContain('restarted the pods');
  });

  it('reads a numbered paragraph that opens with a role label as a sentence ("10. 原因总结。…") as statements of that role', () => {
    const txt = '情况说明\n\n9. 影响。全部租户看板查询变慢，约 6,200 次查询失败。\n\n10. 原因总结。（1）分片键只按租户划分，形成热点；（2）没有做容量评估。\n\n11. 已恢复。写入正常。\n';
    const units = collectUnits(sectionsOf(txt, 'x.txt').sections);
    expect(units.filter((u) => u.label).map((u) => [u.text, u.label])).toEqual([
      ['全部租户看板查询变慢，约 6,200 次查询失败。', 'symptoms'],
      ['分片键只按租户划分，形成热点；', 'causes'],
      ['没有做容量评估。', 'causes'],
    ]);
    // a short sentence that is no label ("已恢复。") heads nothing
    expect(units.some((u) => u.text === '写入正常。' && u.label)).toBe(false);
  });

  it('reads a chat export line by line, without its speakers, as timeline entries where no heading says otherwise', () => {
    const md = 'Exported from Slack.\n\n[14:03:12] <pagerbot> FIRING TargetDown, 143 targets down  \n[14:04:30] <priya> ack, looking  \n[14:12:22] <priya> ok revert it please\n';
    const units = collectUnits(sectionsOf(md).sections).slice(1);
    expect(units.map((u) => [u.text, u.line, u.label])).toEqual([
      ['FIRING TargetDown, 143 targets down', 3, 'timeline'],
      ['ack, looking', 4, 'timeline'],
      ['ok revert it please', 5, 'timeline'],
    ]);
    const resolution = collectUnits(sectionsOf('## Resolution\n\n14:12 reverted the policy\n14:16 synced\n').sections);
    expect(resolution.map((u) => [u.text, u.label])).toEqual([['reverted the policy', undefined], ['synced', undefined]]);
  });
  it('reads the sentence after a bold lead-in as the list item\'s statement, later ones as detail', () => {
    const text = '## Why\n\n- **Retries without budget.** Four attempts with no backoff multiplied load. It was a classic storm.\n- **Plain item** with more words. A detail.\n';
    const units = collectUnits(sectionsOf(text).sections).filter((u) => u.source === 'item');
    expect(units.map((u) => [u.text, !!u.detail])).toEqual([
      ['Retries without budget.', false],
      ['Four attempts with no backoff multiplied load.', false],
      ['It was a classic storm.', true],
      ['Plain item with more words.', false],
      ['A detail.', true],
    ]);
  });
  it('lets a bold lead that names a role head its item like a heading, and drops it as a statement', () => {
    const text = '## 排查步骤\n\n1. **找到元凶**。日志里出现了 leak detected。连接永远不还给池子。\n2. **修复**：改成 try-with-resources。\n';
    const units = collectUnits(sectionsOf(text).sections).filter((u) => u.source === 'item');
    expect(units.map((u) => [u.text, u.label, !!u.detail])).toEqual([
      ['日志里出现了 leak detected。', 'causes', false],
      ['连接永远不还给池子。', 'causes', false],
      ['改成 try-with-resources。', 'fixes', false],
    ]);
  });
  it('reads table rows without the columns that name people', () => {
    const text = '| 时间 | 事件 | 负责人 |\n|---|---|---|\n| 00:52 | 暂停受影响 SKU 售卖 | 宋佳怡、王磊 |\n';
    const units = collectUnits(sectionsOf(text).sections).filter((u) => u.source === 'row');
    expect(units.map((u) => u.text)).toEqual(['暂停受影响 SKU 售卖']);
  });
  it('gives a list the role its introducing line names ("原理简单说一下：", "We did the following:")', () => {
    const text = '## 排查\n\n原理简单说一下（老司机可以跳过）：\n\n1. 每次 parse 生成一个新的类；\n2. 类加载器不可回收。\n\nWe did the following:\n\n- Restarted the pods.\n\nSome list:\n\n- plain item\n';
    const units = collectUnits(sectionsOf(text).sections).filter((u) => u.source === 'item');
    expect(units.map((u) => u.label ?? null)).toEqual(['causes', 'causes', 'fixes', null]);
  });
});

describe('collectUnits at the end of a letter', () => {
  const textsOf = (text: string) => collectUnits(sectionsOf(text, 'a.txt').sections).map((u) => u.text);
  it('drops a sign-off and the name, title or date under it', () => {
    const en = textsOf('FOLLOW-UPS\n\n- Enable registry replication to Tokyo.\n\nReview doc: https://wiki.example.com/INC-1121\nThanks to everyone who jumped in.\n\nWei Ling\nHead of Infrastructure\n');
    expect(en.at(-1)).toBe('Enable registry replication to Tokyo.');
    const zh = textsOf('后续改进\n\n1. 客户端重连逻辑增加单测\n\n以上，如有疑问请联系技术保障部。\n\n技术保障部\n2024 年 11 月 13 日\n');
    expect(zh.at(-1)).toBe('客户端重连逻辑增加单测');
  });
  it('keeps a closing statement that is no sign-off, and short lines without one', () => {
    expect(textsOf('Resolution\n\nWe rolled back the deploy.\n\nRecovery was quick thanks to the runbook.\n').at(-1)).toBe('Recovery was quick thanks to the runbook.');
    expect(textsOf('处理\n\n回滚了配置。\n\nSRE 值班 刘洋\n').at(-1)).toBe('SRE 值班 刘洋');
  });
});

describe('collectUnits: a stack trace pasted into plain text', () => {
  it('keeps the exception line and drops its frames, the lines after them keeping their numbers', () => {
    const txt = '先说现象\n\norg.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool\n    at org.apache.http.impl.conn.PoolingHttpClientConnectionManager.leaseConnection(PoolingHttpClientConnectionManager.java:316)\n    ... 12 more\n  File "app.py", line 88, in handle\n重启之后就好了。\n';
    const units = collectUnits(sectionsOf(txt, 'x.txt').sections).filter((u) => u.source !== 'heading');
    expect(units.map((u) => [u.text, u.line])).toEqual([
      ['org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool', 3],
      ['重启之后就好了。', 7],
    ]);
  });
});
