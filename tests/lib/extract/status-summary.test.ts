import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/lib/extract/status.ts';
import { summarizeReport } from '../../../src/lib/extract/summary.ts';
import { factsOf, sectionsOf } from './helpers.ts';

const status = (text: string) => detectStatus(sectionsOf(text).sections);

describe('detectStatus', () => {
  it('reads 恢复 as an outcome: 恢复到 a level, or ending its clause', () => {
    expect(status('## 现象\n\n下单失败。\n\n## 处理\n\n15:31 下单成功率恢复到 99% 以上\n')).toBe('resolved');
    expect(status('## 现象\n\n下单失败。\n\n## 时间线\n\n- 00:31 购物车、结算链路恢复，流量正常承接\n')).toBe('resolved');
  });
  it('does not read a negated or awaited 恢复 as recovered', () => {
    expect(status('## 现象\n\n下单失败。\n\n## 时间线\n\n- 00:31 链路尚未恢复，继续观察\n')).toBe('unresolved');
    expect(status('## 现象\n\n下单失败，没有恢复到正常水平。\n')).toBe('unknown');
  });
  it('reads an open fixes section as unresolved', () => {
    expect(status('## 现象\n\n数据中断。\n\n## 具体解决\n\n待进一步排查\n')).toBe('unresolved');
  });
  it('reads recovery cues as resolved and lasting causes as mitigated', () => {
    expect(status('## 处理\n\n回滚后恢复正常。\n')).toBe('resolved');
    expect(status('## Mitigation\n\nWe applied a temporary workaround; the problem will remain until the rework.\n')).toBe('mitigated');
  });
  it('says unknown when a report ends without saying', () => {
    expect(status('抓包看看吧。\n\n改成同步请求试试。\n')).toBe('unknown');
  });
  it('reads a report that states a fix, and nothing of how it ended, as resolved', () => {
    const text = '下午订单服务开始大量超时。\n\n原因是连接池被慢查询占满。\n\n我们给慢查询加了索引，并把连接池调大到 200。\n';
    const facts = factsOf(text);
    expect(facts.fixes.length).toBeGreaterThan(0);
    expect(detectStatus(sectionsOf(text).sections, facts.fixes.length > 0)).toBe('resolved');
    expect(status(text)).toBe('unknown');
  });
});

describe('summarizeReport', () => {
  it("uses the report's own summary when there is one", () => {
    const { sections } = sectionsOf('# X\n\n## Summary\n\nThe API was down. A bad deploy did it. We rolled back. Then we slept.\n');
    expect(summarizeReport(sections, { symptoms: [], causes: [], fixes: [] }, 'en')).toBe('The API was down. A bad deploy did it. We rolled back.');
  });
  it('builds one from the facts, in the report language', () => {
    const facts = { symptoms: ['消费延迟'], causes: ['频繁 rebalance'], fixes: ['升级客户端'] };
    expect(summarizeReport([], facts, 'zh')).toBe('消费延迟。原因：频繁 rebalance。处理：升级客户端。');
    expect(summarizeReport([], { symptoms: ['checkout errors'], causes: [], fixes: ['rolled back'] }, 'en')).toBe('Checkout errors. Fix: rolled back.');
  });
  it("names the first cause and fix of their own sections, else the ones the cues are surest of, not the title's words", () => {
    const facts = factsOf('# 内网 DNS 迁移后部分服务连库失败\n\n## 现象\n\norder-query 部分请求失败。\n\n## 原因\n\n先关联 VPC、后导入记录，中间约 6 分钟返回 NXDOMAIN。\n\n## 处理\n\n重启 dnsmasq 后恢复。\n');
    expect(summarizeReport([], facts, 'zh')).toContain('原因：先关联 VPC、后导入记录');
    expect(summarizeReport([], facts, 'zh')).toContain('处理：重启 dnsmasq 后恢复');
    const cues = { symptoms: ['the API was down'], causes: ['a retry', 'the root cause was a bad deploy'], fixes: [], items: [
      { field: 'causes', text: 'a retry', score: 1.5 }, { field: 'causes', text: 'the root cause was a bad deploy', score: 4 }] };
    expect(summarizeReport([], cues, 'en')).toBe('The API was down. Cause: the root cause was a bad deploy.');
  });
});
