import { describe, expect, it } from 'vitest';
import { isGap, isPlan, isSearchStep, statementOf } from '../../../src/lib/extract/statement.ts';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { factsOf, sectionsOf } from './helpers.ts';


describe('statementOf', () => {
  it('drops a trailing lead-in clause and keeps the statement before it', () => {
    expect(statementOf('问题应该出在 listener 取消息的速度过快，阻塞在投递到 Disruptor 中，所以还有一点：')).toBe('问题应该出在 listener 取消息的速度过快，阻塞在投递到 Disruptor 中');
    expect(statementOf('原因如下：')).toBe('');
    expect(statementOf('There were a number of contributing factors:')).toBe('');
    expect(statementOf('相关的链接:')).toBe('');
  });
  it('keeps a finding that introduces its evidence with a colon', () => {
    expect(statementOf('今天看到那一堆日志时，发现很多 kafka 链接失败日志:')).toBe('今天看到那一堆日志时，发现很多 kafka 链接失败日志');
  });
  it('drops the lead-in when what is left is only its circumstance', () => {
    expect(statementOf('While we consider DNS the biggest factor, there were a number of contributing factors which led to the impact:')).toBe('');
  });
  it('drops English open questions but keeps a Chinese narrator’s hypothesis', () => {
    expect(statementOf('Could a diff between request headers have warned us?')).toBe('');
    expect(statementOf('The pool was too small, was that noticed?')).toBe('The pool was too small');
    expect(statementOf('这一块代码是由异步线程做的，会不会是这里有问题?')).toBe('这一块代码是由异步线程做的，会不会是这里有问题?');
  });
  it('drops the narrator’s closing remarks and remarks on luck', () => {
    expect(statementOf('某数据量急剧下滑，给我们紧张的呢!')).toBe('某数据量急剧下滑');
    expect(statementOf('赶紧修掉呗!')).toBe('');
    expect(statementOf('We were lucky that two engineers were online during the outage.')).toBe('');
    expect(statementOf('The consumer lag grew to 800k.')).toBe('The consumer lag grew to 800k.');
  });
});

describe('statementOf: sign-offs, captions and answers', () => {
  it('drops a blog sign-off and a caption of what follows', () => {
    expect(statementOf('以上，希望对大家有帮助。')).toBe('');
    expect(statementOf('有问题欢迎留言讨论～')).toBe('');
    expect(statementOf('Thanks for reading!')).toBe('');
    expect(statementOf('当时 broker-2 挂掉前的最后几行日志：')).toBe('');
    expect(statementOf('The alert read:')).toBe('');
    expect(statementOf("This is the story of a memory leak that took us a day and a half.")).toBe('');
    expect(statementOf("I'm writing it up because the symptoms fooled me twice.")).toBe('');
    expect(statementOf('This post explains what happened, because we think you deserve the details.')).toBe('');
  });
  it('takes the answer to a why-question as the statement', () => {
    expect(statementOf('顺便确认了为什么告警没有引起重视：85% 的告警级别是 warning，只发群不打电话')).toBe('85% 的告警级别是 warning，只发群不打电话');
    const facts = factsOf('## 排查过程\n\n顺便确认了为什么告警没有引起重视：85% 的告警级别是 warning，只发群不打电话。\n', 'a.md');
    expect(facts.causes).toEqual(['85% 的告警级别是 warning，只发群不打电话']);
  });
  it('takes what a solved mystery turned out to be as a cause', () => {
    const facts = factsOf('## 排查步骤\n\n1. 于是真相就清楚了：内存满了以后，Redis 只能从有 TTL 的 key 里淘汰。\n\n## Notes\n\nIt turned out: the sidecar rejected plaintext connections.\n', 'a.md');
    expect(facts.causes).toEqual(['内存满了以后，Redis 只能从有 TTL 的 key 里淘汰', 'the sidecar rejected plaintext connections.']);
  });
});

describe('plans, gaps and search steps', () => {
  it('tells a plan from a finding', () => {
    expect(isPlan('We should enhance our logging to find the root cause of issues quickly.')).toBe(true);
    expect(isPlan('后续需要增加 lag 监控')).toBe(true);
    expect(isPlan('Our logging was not good enough.')).toBe(false);
    expect(isGap('Missing physical war room')).toBe(true);
    expect(isGap('缺少对 CoreDNS 的直接监控')).toBe(true);
    expect(isGap('Nobody was paged')).toBe(false);
  });
  it('tells a step of the investigation from its finding', () => {
    expect(isSearchStep('首先用生成 dump 文件，用 Eclipse Memory Analyzer 分析一下', 'causes')).toBe(true);
    expect(isSearchStep('线程数量最多的线程名字为 datasync-1，到代码中查看是否有类似线程', 'causes')).toBe(true);
    expect(isSearchStep('如果 key 为 null：消息将以轮询的方式写入', 'causes')).toBe(true);
    expect(isSearchStep('如果是部分高频数据的接入导致：限制高频数据的接入', 'fixes')).toBe(false);
    expect(isSearchStep('每消费一次数据就会新创建一个线程池，不断创建线程导致内存飙升', 'causes')).toBe(false);
    // 排查 and 使用 as nouns or modifiers: a verdict on the search, the thing "we use"; not a step of the search
    expect(isSearchStep('排查初期方向放在 MySQL 上，值班手册里没有提到 Vault 动态凭证。', 'causes')).toBe(false);
    expect(isSearchStep('排查上：先入为主认为是网关容量问题，多扩了 20 台', 'causes')).toBe(false);
    expect(isSearchStep('我们使用的 PgBouncer 1.17 不支持在事务模式下跟踪预编译语句', 'causes')).toBe(false);
    expect(isSearchStep('排查了网关日志，没有异常', 'causes')).toBe(true);
    expect(isSearchStep('我们使用 arthas 看了一下线程栈', 'causes')).toBe(true);
  });
});

describe('extractFacts with statements', () => {
  it('reads a lesson stated as a finding as a contributing factor, and keeps it a lesson', () => {
    const facts = factsOf('## Lessons learned\n\n- Most alerting runs inside the cluster itself, so nobody was paged.\n- Missing direct monitoring of core components\n- Introduce alerting from outside the cluster\n');
    expect(facts.causes).toContain('Most alerting runs inside the cluster itself, so nobody was paged.');
    expect(facts.causes).toContain('Missing direct monitoring of core components');
    expect(facts.causes.join(' ')).not.toContain('Introduce');
    expect(facts.action_items).toHaveLength(3);
  });
  it('files a plan as an action item whatever its cue', () => {
    const facts = factsOf('We should enhance our logging capabilities to find the root cause of issues quickly during future incidents.\n');
    expect(facts.causes).toEqual([]);
    expect(facts.action_items).toEqual(['We should enhance our logging capabilities to find the root cause of issues quickly during future incidents.']);
  });
  it('takes the cause a reasoning sentence concludes, not its reason', () => {
    const facts = factsOf('因为前面的经验，所以现在都很大可能是版本问题了。\n', 'a.txt');
    expect(facts.causes.join('')).toContain('版本问题');
    expect(facts.causes.join('')).not.toContain('前面的经验');
  });
  it('reads the steps of a hunt under a "why" heading by their cues', () => {
    const text = '## 为什么会出现这些现象？\n\n首先用生成 dump 文件分析一下看是否发生了内存泄露\n\n每消费一次就会新创建一个线程池，不断创建线程导致内存和 CPU 不断飙升\n';
    // the real share of the body: a roomy one would give the step a second, looser look
    const facts = extractFacts(sectionsOf(text).sections, text.length);
    expect(facts.causes.some((c) => c.includes('dump'))).toBe(false);
    expect(facts.causes.some((c) => c.includes('新创建一个线程池'))).toBe(true);
  });
});

describe('room in the share', () => {
  it('gives a statement cut from a longer sentence its whole sentence back', () => {
    const text = '无奈请教架构师大佬，说可能跟 consumer 的 group 有关，让我删除指定 group，然后重启服务试试。\n';
    const roomy = extractFacts(sectionsOf(text, 'a.txt').sections, text.length * 10);
    expect(roomy.causes.some((c) => c.includes('架构师') && c.includes('有关'))).toBe(true);
    const tight = extractFacts(sectionsOf(text, 'a.txt').sections, text.length);
    expect(tight.causes.some((c) => c.includes('架构师'))).toBe(false);
  });
});

describe('effects that name a problem', () => {
  it('offers the effect of a stated cause as a symptom when it names a problem, cue or not', () => {
    const facts = factsOf('## Summary\n\nA planned upgrade of the Hellman Kubernetes cluster from 1.13 to 1.14 caused a minor DNS related issue.\n');
    expect(facts.symptoms).toContain('a minor DNS related issue');
    expect(facts.causes.some((c) => c.includes('planned upgrade'))).toBe(true);
  });
});

describe('cores of symptoms under a tight share', () => {
  it('keeps a second observation of the same symptom statement in its core', () => {
    const text = 'As a consequence of this action, all pods running in the prod namespace were terminated, and the hub rendered entirely inaccessible for about an hour.\n';
    // a share of 120 characters: the whole statement does not fit, its two observations do
    const facts = extractFacts(sectionsOf(text).sections, 400);
    expect(facts.symptoms).toHaveLength(1);
    expect(facts.symptoms[0]).toContain('terminated');
    expect(facts.symptoms[0]).toContain('inaccessible');
    expect(facts.symptoms[0]).not.toContain('As a consequence');
  });
});

describe('cores of causes under a tight share', () => {
  it('keeps a subordinate clause that names a cause of its own, and the main clause when it only justifies', () => {
    const text = '## Contributing factors\n\n- Because our monitoring was lacking in case of a DNS outage, the incident response was slow and manual.\n- Due to traffic switching via DNS, the HTTP client pool was configured with a short maximum lifetime.\n';
    // a share of 150 characters: neither statement fits whole, both cores do
    const facts = extractFacts(sectionsOf(text).sections, 500);
    expect(facts.causes).toEqual(['Because our monitoring was lacking in case of a DNS outage', 'the HTTP client pool was configured with a short maximum lifetime.']);
  });
});

describe('what was ruled out', () => {
  it('is not a cause', () => {
    const facts = factsOf('我们抓包确认了一点，客户端是没有问题的，问题出在服务端。\n\n原本以为是线上配置的问题，紧急处理下就好了。\n\nThe load balancer was not the cause of the errors.\n', 'a.txt');
    expect(facts.causes.join(' ')).not.toMatch(/客户端是没有问题|原本以为|load balancer/);
  });
  it('is not a cause when denied: 不像是, 而不是, "not a memory leak"', () => {
    const facts = factsOf('## 排查\n\n老年代回收后能降下来，不像是内存泄漏。\n\n优先怀疑短时间内大量大对象，而不是内存泄漏导致的。\n\nIt was not a memory leak problem after all.\n', 'a.md');
    expect(facts.causes.join(' ')).not.toMatch(/内存泄漏|memory leak/);
  });
});
