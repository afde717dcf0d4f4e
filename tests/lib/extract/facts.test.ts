import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { splitCausal } from '../../../src/lib/extract/causal.ts';
import { shortenStatement } from '../../../src/lib/extract/shorten.ts';
import { splitSentences } from '../../../src/lib/extract/units.ts';
import { fixture, factsOf, sectionsOf } from './helpers.ts';


describe('extractFacts', () => {
  it('takes statements from role sections, with their source lines', () => {
    const facts = factsOf(fixture('sections-en.md'));
    expect(facts.symptoms).toContain('Checkout returned errors for 40 minutes.');
    expect(facts.causes).toContain('A config change set the pool size to 1.');
    expect(facts.causes).toContain('Nobody owned the config.');
    expect(facts.action_items).toEqual(['Add a review step for config changes.']);
    expect(facts.lines.causes[facts.causes.indexOf('A config change set the pool size to 1.')]).toBe(9);
    expect(facts.symptoms.join(' ')).not.toContain('Alerts fired quickly');
  });
  it('finds facts by cue phrases in headingless Chinese prose, split on 。 and line breaks', () => {
    const facts = factsOf(fixture('plain-zh.txt'), 'a.txt');
    // "X 导致 Y": X is the cause, Y what was seen
    expect(facts.causes.some((c) => c.includes('1.3.5 的 bug') && !c.includes('导致'))).toBe(true);
    expect(facts.symptoms.some((c) => c.includes('连接失败'))).toBe(true);
    expect(facts.fixes.some((f) => f.includes('升级 kafka-python 到 1.4.2'))).toBe(true);
    expect(facts.lines.fixes[facts.fixes.findIndex((f) => f.includes("升级"))]).toBe(11);
    expect(facts.symptoms.join('')).not.toContain('我们有个数据处理平台');
  });
  it("keeps a cause list item's later sentences, cue or not; elsewhere a later sentence needs a cue of its own", () => {
    const why = factsOf('## Symptoms\n\nCheckout failed for an hour.\n\n## Why it happened\n\n- The key had been committed to the repository years earlier. Secret scanning was enabled only for new commits, so the old secret was never flagged.\n\n## Resolution\n\n- We rotated the key. The new one lives in the vault now.\n');
    expect(why.causes.join(' ')).toContain('Secret scanning was enabled only for new commits');
    expect(why.fixes.join(' ')).not.toContain('The new one lives in the vault');
  });
  it('reads a dated sentence of a background section (the story begins there), and skips the rest of it', () => {
    const f = factsOf('## 背景\n\n埋点明细表每天大概 40 亿行，看板都查它。\n\n3 月 14 号晚上 9 点多，值班群开始刷告警：Flink 作业反复重启，消费 lag 一路上涨。\n');
    expect(f.symptoms.join(' ')).toContain('Flink 作业反复重启');
    expect(f.symptoms.join(' ')).not.toContain('40 亿行');
  });

  it('reads reruns, backfills, refunds and apologies as fixes', () => {
    const f = factsOf('## Timeline\n\n- 08:40 yoy_rollup rerun for the missing day.\n- 09:30 The 143 visitors are emailed with an apology and a discount code.\n- 10:00 第二天上午重跑下游分区。\n');
    expect(f.fixes).toHaveLength(3);
  });

  it('reads what made it worse as a cause, not as the fix it mentions', () => {
    const f = factsOf('扩容 pod 加剧了恢复阶段的连接风暴，多拖了十几分钟。\n');
    expect(f.causes.join('')).toContain('加剧了恢复阶段的连接风暴');
    expect(f.fixes).toEqual([]);
  });

  it('takes the clause a pointing cause refers to ("…一个坑，此坑确实会导致…") as the cause', () => {
    const f = factsOf('果真发现了自己埋的一个坑，此坑确实会导致该数据量的下滑。\n');
    expect(f.causes).toEqual(['果真发现了自己埋的一个坑']);
  });

  it('reads someone reporting a bug as what was seen, not as a cause', () => {
    const f = factsOf('准生产环境测试同学提 bug：小应用开通后，app 页面未展示小应用。\n');
    expect(f.causes).toEqual([]);
    expect(f.symptoms.join('')).toContain('未展示小应用');
  });

  it('keeps no first guess of the investigation in any field', () => {
    const f = factsOf('第一反应是 CH 机器扛不住了。一开始怀疑是后台 merge 线程不够用，想着调大就完事了。At first we suspected the CNI plugin was failing.\n');
    expect([...f.symptoms, ...f.causes, ...f.fixes]).toEqual([]);
  });

  it('skips code blocks, log lines and image names', () => {
    const facts = factsOf('## 现象\n\n```\nERROR failed to connect\n```\n\n[W 181011 14:18:24 conn:625] Unable to connect\n\nclipboard.png\n\n消费延迟持续上涨。\n');
    expect(facts.symptoms).toEqual(['消费延迟持续上涨']);
  });
  it('moves a sentence that names a cause outright out of a fixes section', () => {
    const facts = factsOf('## 解决\n\n出现超时的原因是会话超时时间设置得太短。\n\n* 调大 session.timeout.ms\n');
    expect(facts.causes).toEqual(['出现超时的原因是会话超时时间设置得太短']);
    expect(facts.fixes).toEqual(['调大 session.timeout.ms']);
  });
  it('offers the effect of a stated cause as a symptom', () => {
    const facts = factsOf('## Summary\n\nA bad certificate rotation caused the API to return errors to every client.\n');
    expect(facts.causes[0]).toBe('A bad certificate rotation');
    expect(facts.symptoms).toEqual(['the API to return errors to every client']);
  });
  it('takes the sentence a consequence points back at as a cause, though it names none', () => {
    const facts = factsOf('## Summary\n\nAn engineer deleted the prod namespace while working on another hub. As a consequence of this action, all pods were terminated.\n');
    expect(facts.causes).toEqual(['An engineer deleted the prod namespace while working on another hub.']);
    const zh = factsOf('## 经过\n\n运维同学清理了一批无用的 namespace。这就导致了所有节点被删除。\n', 'a.md');
    expect(zh.causes).toEqual(['运维同学清理了一批无用的 namespace']);
    // a sentence that does not point back leaves its neighbour alone
    expect(factsOf('## Summary\n\nAn engineer deleted the prod namespace. Then all pods were terminated.\n').causes).toEqual([]);
  });
  it('drops a leading time range: the statement is what happened in it', () => {
    expect(shortenStatement('Between 09:12 and 10:03 UTC, about 40% of login attempts failed.')).toBe('About 40% of login attempts failed.');
    expect(shortenStatement('From 2:30 PM to 3:10 PM PDT, the API returned 503s.')).toBe('The API returned 503s.');
  });
  it('reads "…, until we rolled back" as what was seen, bounded by the fix', () => {
    const facts = factsOf('## Summary\n\nRoughly 22% of asset requests failed with 504 for 47 minutes, until we rolled back.\n');
    expect(facts.symptoms).toHaveLength(1);
    expect(facts.symptoms[0]).toMatch(/^Roughly 22% of asset requests failed with 504 for 47 minutes/);
    expect(facts.fixes).toEqual([]);
  });
  it('drops the framing of a blog title', () => {
    expect(shortenStatement('记一次 Kafka 磁盘被打满的踩坑经历')).toBe('Kafka 磁盘被打满');
    expect(shortenStatement('这篇记录一下 Kafka 集群磁盘被写满的事情')).toBe('Kafka 集群磁盘被写满的事情');
    // a connective that opens it ties it to the sentence before, which is not there
    expect(shortenStatement('然而调整完就有 kafka 消费延迟的告警了')).toBe('调整完就有 kafka 消费延迟的告警了');
    expect(shortenStatement('but in this case the job was mistakenly marked as correct.')).toBe('in this case the job was mistakenly marked as correct.');
    expect(shortenStatement('However, the retry budget was never configured.')).toBe('The retry budget was never configured.');
    expect(shortenStatement('So far nothing was lost.')).toBe('So far nothing was lost.');
  });
  it('keeps an aside with numbers in it: it is data, not a digression', () => {
    expect(shortenStatement('Card payments failed between 14:00 and 15:11 UTC (about 18,400 failed checkout attempts).')).toBe('Card payments failed between 14:00 and 15:11 UTC (about 18,400 failed checkout attempts).');
    expect(shortenStatement('Some formulae were updated (notably not the core ones due to their current workflow) last week.')).toBe('Some formulae were updated last week.');
  });
  it('reads why someone was paged as what was seen, not as the cause', () => {
    const facts = factsOf('## What we saw\n\nOn Oct 21, 2019 around 2:30 PM PDT, the on-call got paged because thumbnail latency p99 had crossed 5 seconds.\n');
    expect(facts.causes).toEqual([]);
    expect(facts.symptoms).toEqual(['The on-call got paged because thumbnail latency p99 had crossed 5 seconds.']);
  });
  it('takes a fix that was left undone as a cause, and a plan in a timeline as an event', () => {
    const facts = factsOf('## 经过\n\n这次推送本是为了排查问题而临时关闭开关，排查完忘了恢复。\n\n## 时间线\n\n- 22:10 审批通过变更单，计划 23:50 生效\n', 'a.md');
    expect(facts.causes.join('')).toContain('忘了恢复');
    expect(facts.fixes).toEqual([]);
    expect(facts.action_items).toEqual([]);
  });
  it('takes what was never done ("一个都没被删过") as a cause, not a fix', () => {
    const facts = factsOf('也就是说从迁移到现在，session 文件一个都没被删过。\n');
    expect(facts.causes.join('')).toContain('一个都没被删过');
    expect(facts.fixes).toEqual([]);
  });
  it('reads restarts that keep happening as what was seen', () => {
    const facts = factsOf('## Timeline\n\n- 14:02 The broker pods kept restarting in a restart loop.\n- 14:30 We restarted the coordinator and lag fell.\n');
    expect(facts.symptoms).toEqual(['The broker pods kept restarting in a restart loop.']);
    expect(facts.fixes).toEqual(['We restarted the coordinator and lag fell.']);
  });
  it('reads a recovery with no act behind it as an outcome, not a fix; a setting put back is one', () => {
    const facts = factsOf('## 处理过程\n\n- 20:26 通过配置中心把 item.localCache.enabled 改回 true 并推送\n- 20:38 各项指标恢复正常，宣布故障恢复\n', 'a.md');
    expect(facts.fixes).toEqual(['通过配置中心把 item.localCache.enabled 改回 true 并推送']);
    expect(factsOf('## Resolution\n\nError rate back to baseline by 17:20.\n').fixes).toEqual([]);
  });
  it('keeps no durations, no statements of no harm, no recoveries and no bare effects as facts', () => {
    const facts = factsOf('## 影响范围\n\n- 时间：19:58 - 20:41\n- 20:01 ~ 20:38，共约 37 分钟\n- 未发生重复扣款\n- 支付成功率恢复到 96% 以上\n- 整体支付成功率从 97% 跌到 71%\n', 'a.md');
    expect(facts.symptoms).toEqual(['整体支付成功率从 97% 跌到 71%']);
    const effect = factsOf('## 经过\n\n我方支付网关对这个错误码做了自动重试，重试流量进一步放大，导致该渠道在 40 分钟内基本不可用。\n', 'a.md');
    expect(effect.causes.join('')).not.toMatch(/^导致/);
  });
  it('keeps nothing that says what did not break or needed no change', () => {
    const facts = factsOf('## Impact\n\n- Bank transfer and gift-card payments kept working.\n- No double charges: failed authorisations were never captured.\n- Card payments failed for 71 minutes.\n\n## Resolution\n\nNo change was needed on the processor side.\n');
    expect(facts.symptoms).toEqual(['Card payments failed for 71 minutes.']);
    expect(facts.fixes).toEqual([]);
  });
  it('cuts a cause to the clause after its "but" when the share is tight', () => {
    const item = 'The failures were recorded as Kubernetes events and in the cert-manager logs, but we had no alert on certificate expiry, so nobody noticed for a month.';
    const text = `## Root cause\n\n${item}\n\n${'Filler prose that states nothing in particular here. '.repeat(4)}\n`;
    const facts = extractFacts(sectionsOf(text).sections, 300);
    expect(facts.causes[0]).toContain('no alert on certificate expiry');
    expect(facts.causes.join(' ')).not.toContain('Kubernetes events');
  });
  it('reads the timed lines of a pasted chat log, and a statement by its own role label', () => {
    const text = '**影响**：约 2300 笔支付回调被拒绝。\n\n值班群记录：\n\n> [02:14] 告警机器人：pay-callback 失败率 38%\n> [02:45] 老谢：已执行 chronyc makestep，三台时间已对齐，重启了 pay-gw\n> 这句话没有时间\n';
    const facts = factsOf(text, 'a.md');
    expect(facts.symptoms.join(' ')).toContain('约 2300 笔支付回调被拒绝');
    expect(facts.fixes.join(' ')).toContain('chronyc makestep');
    expect([...facts.symptoms, ...facts.causes, ...facts.fixes].join(' ')).not.toContain('这句话没有时间');
  });
  it('keeps a setting put back to a value as a fix, and "no restarts were needed" as nothing', () => {
    const facts = factsOf('## Resolution\n\nThe flag was set back to 0% at 09:41 UTC. No restarts were needed.\n\n## Stats\n\n- Time to recovery: 4 hours 42 minutes\n');
    expect(facts.fixes).toEqual(['The flag was set back to 0% at 09:41 UTC.']);
  });
  it('takes a follow-up already done as a fix as well', () => {
    const facts = factsOf('## 后续\n\n1. 镜像修复，chronyd 默认启用（老谢，已完成）\n2. 所有主机加时钟偏移监控（监控组）\n3. Pin retryhttp to v1.8.2 (done)\n', 'a.md');
    expect(facts.action_items).toHaveLength(3);
    expect(facts.fixes).toHaveLength(2);
    expect(facts.fixes.join(' ')).toMatch(/chronyd 默认启用.*Pin retryhttp/);
  });
  it('takes a change the investigation found as a cause, not a fix', () => {
    const facts = factsOf('## 排查过程\n\n翻了一下 index template 的变更记录，发现 7 月 12 日有同事为了做词云图，把模板里 message 字段改成了 fielddata: true。\n\nWe found that someone had changed the TTL to 86400 during the migration.\n', 'a.md');
    expect(facts.fixes).toEqual([]);
    expect(facts.causes.join(' ')).toMatch(/改成了 fielddata: true/);
    expect(facts.causes.join(' ')).toMatch(/changed the TTL to 86400/);
  });
  it('reads what the responders did in the first person as fixes', () => {
    const facts = factsOf('## Response\n\nWe stopped the job on all workers and cancelled the running queries.\n\nThe ci-deployer access key was deactivated within minutes.\n');
    expect(facts.fixes).toHaveLength(2);
  });
  it('takes what was never done ("our context is never cancelled") as a cause, and drops the narrator\'s signposts', () => {
    const facts = factsOf('## The debugging\n\nWe call the client with context.Background(), so our top-level context is never cancelled.\n\nHere\'s how the debugging went.\n');
    expect(facts.fixes).toEqual([]);
    expect(facts.causes.join(' ')).toContain('never cancelled');
    expect(shortenStatement('On Oct 21, 2019 I merged a routine dependency bump.')).toBe('I merged a routine dependency bump.');
  });
  it('reads a fix that did not work as what was seen, not as a fix', () => {
    const facts = factsOf('## Timeline\n\nThe CoreDNS pods did not recover from the restart and kept getting OOM killed.\n');
    expect(facts.fixes).toEqual([]);
    expect(facts.symptoms).toEqual(['The CoreDNS pods did not recover from the restart and kept getting OOM killed.']);
    expect(factsOf('## 处理\n\n重启了服务，然而这是没有用的。\n', 'a.md').fixes).toEqual([]);
    expect(factsOf('## 处理\n\n回滚下发完成，但仍有 6 台 Nginx 持续报 502。\n', 'a.md').fixes).toEqual([]);
    expect(factsOf('## 处理\n\n尝试给 7 号分片扩容只读副本，效果不明显。\n', 'a.md').fixes).toEqual([]);
  });
  it('keeps an apology, the write-up\'s opening and a rollback that did not complete out of causes and fixes', () => {
    const f = factsOf('We want to provide some additional information about the network disruption on October 10.\n\nThe outage was caused by an empty template variable. We know how critical the API is, and we apologize for the impact this event caused.\n\n## Resolution\n\nThe standard rollback was started immediately, but it did not complete.\n\nThe previous route map was restored manually.\n');
    expect(f.causes.join(' ')).toContain('empty template variable');
    expect(f.causes.join(' ')).not.toContain('apologize');
    expect([...f.symptoms, ...f.causes, ...f.fixes].join(' ')).not.toContain('additional information');
    expect(f.fixes).toEqual(['The previous route map was restored manually.']);
  });
  it('reads traffic moved, a fallback and a raised limit as fixes', () => {
    const f = factsOf('## 处理过程\n\n20:10 判断等不了，手工把全部验证码流量切到 B。\n\n20:25 注册场景改走语音验证码兜底。\n\n21:05 B 的商务帮忙临时提到 500 条/秒。\n');
    expect(f.fixes.join(' ')).toContain('流量切到 B');
    expect(f.fixes.join(' ')).toContain('语音验证码兜底');
    expect(f.fixes.join(' ')).toContain('500 条/秒');
  });
  it('keeps an attempt its sentence says failed, and a metadata field name, out of fixes', () => {
    const f = factsOf('## 处理经过\n\n- **09:25** 先尝试直接重启 zk-prod-02，启动即因磁盘满失败。\n- **10:21** 三台依次启动完成，集群恢复服务。\n\n| 项目 | 内容 |\n|---|---|\n| 恢复时间 | 2022年11月3日 11:47 |\n');
    expect(f.fixes.join(' ')).not.toContain('重启 zk-prod-02');
    expect(f.fixes.join(' ')).not.toContain('恢复时间');
    expect(factsOf('## 处理\n\n- 15:24 尝试在 Nacos 控制台回滚到上一版本，发现上一版是两周前的灰度配置，放弃回滚。\n').fixes).toEqual([]);
  });
  it('reads a change told among the causes as a cause, and a done follow-up with its date as a fix', () => {
    const f = factsOf('## 根本原因\n\n1. 10 月中旬库存服务改为按 SKU 加分布式锁，ZK 写 TPS 从 200 涨到 3,000。\n\n## 改进措施\n\n| 措施 | 完成时间 |\n|---|---|\n| 开启 autopurge，三台已生效 | 已完成（11月3日） |\n');
    expect(f.causes.join(' ')).toContain('改为按 SKU 加分布式锁');
    expect(f.fixes).toEqual(['开启 autopurge，三台已生效']);
  });
  it('keeps a sentence once when two of its clauses in one field grow back into it', () => {
    const f = factsOf('大促当天下午大屏卡住了。\n\n真正的修复是晚上 10 点半做的：把 checkpoint 间隔改回 60 秒，sink 的 batch 从按 checkpoint 一次改成攒够 50 万行或 60 秒再导入，重启作业。\n\n' + '我们后来复盘了很久，这里不展开说背景了。'.repeat(6));
    expect(f.fixes).toHaveLength(1);
  });
  it('reads working with a provider to clear a state, and a reload, as fixes', () => {
    expect(factsOf('We worked with the affected providers to clear the damping state.\n').fixes).toHaveLength(1);
    expect(factsOf('He rebuilt the pem with the full chain and reloaded HAProxy on lb-01.\n').fixes).toHaveLength(1);
  });
  it('reads a blank page and a rate falling to a value as what was seen', () => {
    expect(factsOf('For 79 minutes every logged-in user of the web dashboard saw a blank page after login.\n').symptoms).toHaveLength(1);
    expect(factsOf('下单接口成功率从 99.9% 跌至约 3%。\n').symptoms).toHaveLength(1);
    expect(factsOf('登录后页面白屏。\n').symptoms).toHaveLength(1);
  });
  it('reads a change at the top of a timeline, before anything broke, as the trigger', () => {
    const f = factsOf('## 处理过程\n\n- 15:02 交易中台同学在 Nacos 控制台修改限流规则，准备给抢券接口加一条规则；\n- 15:07 配置发布后，下单接口开始大量返回 429，报错激增；\n- 15:29 手工把 count 改回 3000 重新发布，成功率回升。\n');
    expect(f.causes.join(' ')).toContain('Nacos 控制台修改限流规则');
    expect(f.fixes.join(' ')).not.toContain('Nacos 控制台修改');
    expect(f.fixes.join(' ')).toContain('改回 3000');
  });
  it('reads an alert missing, ignored or misread as a contributing cause, not as what was seen', () => {
    const zh = factsOf('## 原因\n\n1. /var 90% 的告警是有的，但凌晨 03:10 就触发了，发到了邮件，没人看。\n2. 最早的连接超时告警被当作网络抖动，晚了约 5 分钟介入。\n');
    expect(zh.causes).toHaveLength(2);
    expect(zh.symptoms).toEqual([]);
    const en = factsOf('## What went wrong\n\nThere was no alert on cert-manager CertificateRequest failures.\n');
    expect(en.causes).toHaveLength(1);
    expect(en.symptoms).toEqual([]);
    const partial = factsOf('## Detection\n\nWe alert on replication lag and disk, but not on transaction age or dead tuples.\n');
    expect(partial.causes).toHaveLength(1);
    expect(factsOf('改完没有在测试环境跑全量数据就上线了。\n').causes).toHaveLength(1);
    expect(factsOf('Our support team has contacted the 341 affected accounts.\n').fixes).toHaveLength(1);
    const ignored = factsOf('## Impact\n\nThe disk alerts were ignored for two days while the error rate kept climbing.\n');
    expect(ignored.causes).toHaveLength(1);
    expect(ignored.symptoms).toEqual([]);
  });
  it('deduplicates and keeps the copied share of the body small', () => {
    const long = Array.from({ length: 40 }, (_, i) => `- Service ${i} failed with errors after the deploy.`).join('\n');
    const text = `## Impact\n\n${long}\n\n- Service 1 failed with errors after the deploy.\n`;
    const { sections } = sectionsOf(text);
    const facts = extractFacts(sections, text.length);
    expect(facts.symptoms.length).toBeLessThanOrEqual(16);
    expect(facts.symptoms.join('').length).toBeLessThan(text.length * 0.3);
  });
});

describe('splitSentences', () => {
  it('never splits Chinese on spaces, and joins wrapped English lines', () => {
    expect(splitSentences('任务 重启 失败。然后恢复！', 3).map((s) => s.text)).toEqual(['任务 重启 失败。', '然后恢复！']);
    expect(splitSentences('The job failed.\nIt was retried\nlater. Done', 10)).toEqual([
      { text: 'The job failed.', line: 10 },
      { text: 'It was retried later.', line: 11 },
      { text: 'Done', line: 12 },
    ]);
  });
});

describe('splitCausal', () => {
  it('finds both sides in both languages and both directions', () => {
    expect(splitCausal('由于数据规模上涨，导致 ET 处理阻塞')).toEqual({ cause: '数据规模上涨', effect: 'ET 处理阻塞' });
    expect(splitCausal('不断创建线程导致内存飙升')).toEqual({ cause: '不断创建线程', effect: '内存飙升' });
    expect(splitCausal('Metrics were missing due to a slow exporter.')).toEqual({ cause: 'a slow exporter', effect: 'Metrics were missing' });
    // a side before its copula stands without it: "这次问题就是，因为…" says nothing was seen but "这次问题"
    expect(splitCausal('这次问题就是，因为 docker 的日志狂刷')).toEqual({ cause: 'docker 的日志狂刷', effect: '这次问题' });
    expect(splitCausal('Nothing to see here.')).toBeNull();
    // a dangling auxiliary or modal belongs to neither side
    expect(splitCausal('The outage was caused by an expired certificate.')?.effect).toBe('The outage');
    expect(splitCausal('重新追数据会导致 kafka 消费流量被打满')?.cause).toBe('重新追数据');
    expect(splitCausal('Increasing test load over time has resulted in hitting the IOPS limits.')?.cause).toBe('Increasing test load over time');
  });
  it('reads "X，这就是 Y 的原因" and "X, which is why Y" as X causing Y', () => {
    expect(splitCausal('大量登录态被淘汰，这就是用户被踢下线的原因')).toEqual({ cause: '大量登录态被淘汰', effect: '用户被踢下线' });
    expect(splitCausal('The answers were cached for 300 s, which is why recovery lagged behind the revert.')).toEqual({ cause: 'The answers were cached for 300 s', effect: 'recovery lagged behind the revert' });
    const facts = factsOf('## 排查过程\n\n6. 同时内存涨到接近 maxmemory，淘汰策略是 allkeys-lru，大量登录态被淘汰，这就是用户被踢下线的原因。\n', 'a.md');
    expect(facts.causes.join(' ')).toContain('大量登录态被淘汰');
  });
  it('keeps "its" whole and a clock time unsplit', () => {
    expect(splitCausal('Renewals failed for a month because its DNS credentials were rotated.')?.cause).toBe('its DNS credentials were rotated');
    expect(shortenStatement('备份任务 5 月底刚从凌晨 3 点改到 14:00 执行，读写与 ZK 事务日志同盘，这导致 leader 的 fsync 耗时超过 20 秒，会话大面积过期，大量 provider 临时节点被删除，调用方报 No provider available')).toContain('14:00');
  });
  it('splits a causal sentence outside role sections into a cause and a symptom, each stored once', () => {
    const facts = factsOf('## 分析\n\n某次消费失败导致线程一直阻塞，无法消费其他消息。\n');
    expect(facts.causes).toEqual(['某次消费失败']);
    expect(facts.symptoms).toEqual(['线程一直阻塞，无法消费其他消息']);
  });
  it('keeps the main clause of a causes-section item when the share is tight', () => {
    const item = 'Due to dependencies on services that switch traffic via DNS, the HTTP client pool was configured with a short maximum lifetime for all connections.';
    const text = `## Root cause\n\n- ${item}\n`;
    const { sections } = sectionsOf(text);
    const facts = extractFacts(sections, item.length * 2.5);
    expect(facts.causes[0]).toMatch(/^the HTTP client pool was configured/);
  });
});

describe('a root-cause section\'s opening statement', () => {
  it('stays a cause though it tells the damage too, while a later sentence of pure damage may move', () => {
    const facts = factsOf('## 根因\n\nv2.8.0 在实例方法上使用了不设上限的 lru_cache，缓存无限增长并持有大量请求对象，内存持续上涨直到 Pod 被 OOMKilled。\n\n网关侧出现零星 502，页面报错，用户投诉激增。\n');
    expect(facts.causes.join(' ')).toContain('不设上限的 lru_cache');
    expect(facts.symptoms.join(' ')).toContain('零星 502');
  });
});

describe('shortenStatement', () => {
  it('narrows a long sentence to the clauses around its strongest cue', () => {
    const text = '我们先看了监控，又看了日志，也问了运维同学，还对比了测试环境和线上环境的所有配置文件，最后发现原因是连接池配置太小，导致请求排队，其余一切正常，大家都松了一口气，然后继续观察了一个晚上，没有再出现问题，第二天早上再次确认了一遍，一切都很正常';
    const short = shortenStatement(text);
    expect(short).toContain('原因是连接池配置太小');
    expect([...short].length).toBeLessThanOrEqual(160);
  });
});

describe('cue words of a timeline entry', () => {
  // what was paused, voided, scaled back or done by hand is a fix; work that waited or stood still, a limit reached
  // and what users could not get are symptoms
  it.each([
    ['fixes', '- 09:10 We also suspended the CronJob until we were sure what had happened.', 'suspended the CronJob'],
    ['fixes', '- 09:20 The duplicate invoices were voided.', 'voided'],
    ['fixes', '- 09:30 下午把 pod 缩回 8 个。', '缩回 8 个'],
    ['fixes', '- 09:40 在控制台把 SLB 升配到 slb.s3.large。', '升配到 slb.s3.large'],
    ['fixes', '- 10:35 Marco unpublished 4.2.0, which npm allows within 72 hours.', 'unpublished 4.2.0'],
    ['fixes', '- 10:40 The bad release was yanked from crates.io.', 'yanked'],
    ['symptoms', '- 09:10 SCIM provisioning was delayed by two hours.', 'was delayed'],
    ['symptoms', '- 09:20 The conntrack table was at its limit on every HAProxy node.', 'at its limit'],
    ['symptoms', '- 09:30 jstack 出来一大堆 Tomcat 线程卡在 HikariPool.getConnection。', '卡在 HikariPool'],
    ['symptoms', '- 09:40 客服反馈有用户说收不到短信验证码。', '收不到短信验证码'],
    ['symptoms', '- 22:15 ERP 在群里问订单怎么没推过来，仓库看不到新单。', '仓库看不到新单'],
  ] as const)('%s: %s', (field, entry, expected) => {
    expect(factsOf(`## Timeline\n\n${entry}\n`)[field].join(' ')).toContain(expected);
  });
});

describe('extractFacts: what set it off, and what was wrongly believed', () => {
  it('takes "The trigger was …" for a cause even among symptoms, and 误以为 as a cause cue', () => {
    const facts = factsOf('## Impact\n\nLabels failed for two hours.\n\nThe trigger was an AWS issue in one zone that left our volumes with stalled I/O.\n');
    expect(facts.causes.join(' ')).toMatch(/AWS issue/);
    const zh = factsOf('## 经过\n\n执行人看到最后一行是 batch 19 start，误以为整个脚本在一个事务里、已经全部回滚，于是从第 1 批重跑。\n');
    expect(zh.causes.join(' ')).toMatch(/误以为/);
  });
});

describe('extractFacts: what was left running afterwards', () => {
  it.each([
    'CI now uses an OIDC role, with no static key.',
    'The tracking backlog has been fully processed and all systems are operating normally.',
  ])('takes "%s" for a fix outside a fixes section', (sentence) => {
    expect(factsOf(`## Notes\n\nThe pipeline was down for an hour.\n\n${sentence}\n`).fixes.join(' ')).toContain(sentence.slice(0, 20));
  });
});
