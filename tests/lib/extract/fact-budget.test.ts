import { describe, expect, it } from 'vitest';
import { limitFacts } from '../../../src/lib/extract/fact-budget.ts';
import type { Fact } from '../../../src/lib/extract/facts.ts';
import type { Unit } from '../../../src/lib/extract/units.ts';

const unit = {} as Unit;
const fact = (field: Fact['field'], text: string): Fact => ({ field, text, line: 1, score: 10, unit });

describe('limitFacts', () => {
  const cause = fact('causes', 'The nightly job ran on all 64 hosts at 00:00, because a puppet cleanup replaced the staggered cron minute with a fixed one.');
  const fix = fact('fixes', 'We reverted the puppet change, and the rollup now runs from one scheduled cronjob with concurrencyPolicy Forbid.');

  it('keeps every statement whole when all of them fit', () => {
    expect(limitFacts([cause, fix], 1000).map((f) => f.text)).toEqual([cause.text, fix.text]);
  });
  it('cuts statements to their core clause when the share is tight, and lets every cause grow back first', () => {
    const second = fact('causes', 'The rollup query does a sequential scan of usage_events, which was fine for one host, but not for 64.');
    // room for every core clause and for the causes' whole text, not for the fix's as well
    const kept = limitFacts([cause, second, fix], 300);
    expect(kept.map((f) => f.field)).toEqual(['causes', 'causes', 'fixes']);
    expect(kept.slice(0, 2).map((f) => f.text)).toEqual([cause.text, second.text]);
    expect(kept[2].text.length).toBeLessThan(fix.text.length);
  });
  it('cuts a role statement to its main clause, not to a Chinese subordinate opener (由于 …)', () => {
    const fix = fact('fixes', '由于数据盘在凌晨被事务日志写满而且没有任何告警通知值班，我们先把三台机器上超过五天的事务日志全部清理掉了');
    expect(limitFacts([fix], 30).map((f) => f.text)).toEqual(['我们先把三台机器上超过五天的事务日志全部清理掉了']);
  });
  it('does not cut a statement to a clause that only says when', () => {
    const seen = fact('symptoms', '7 月 5 日（周二）上午 10:20 开始，App 的"消息"tab 打开很慢，部分用户直接显示"加载失败，请重试"，持续了大约两个小时才完全恢复');
    const core = limitFacts([seen], 30)[0].text;
    expect(core).not.toMatch(/^7 月 5 日/);
    expect(core).toMatch(/打开很慢|加载失败/);
  });
});
