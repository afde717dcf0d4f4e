import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { classifyRootCause, leftOver, scoreCategories, withoutExcluded, wordOverlaps } from '../../../src/lib/extract/classify.ts';
import { isDenied, isInQuotedMessage } from '../../../src/lib/extract/mention-context.ts';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import { parseCategories, type Category } from '../../../src/lib/taxonomy.ts';
import { sectionsOf } from './helpers.ts';

const category = (id: string, zh: string[], en: string[], yieldsTo: string[] = []): Category => ({
  id, name: { zh: id, en: id }, description: { zh: id, en: id }, keywords: { zh, en }, related: [], yields_to: yieldsTo,
});
const categories = [
  category('network-dns', ['域名解析'], ['dns', 'timeout']),
  category('memory-pressure', ['内存不足'], ['oom', 'out of memory']),
  category('config-change', ['配置错误'], ['misconfiguration']),
  category('unknown', [], []),
];

function classify(text: string, title = 'Incident') {
  const { sections } = sectionsOf(text);
  const facts = extractFacts(sections, text.length * 4);
  return classifyRootCause({ title, sections, facts: facts.items }, categories);
}

describe('classifyRootCause', () => {
  it('weights a keyword in a cause section above the same keyword elsewhere, and explains itself', () => {
    const result = classify('## Impact\n\nRequests hit a timeout.\n\n## Root cause\n\nA misconfiguration of the DNS resolver.\n');
    expect(result.categories).toEqual(['network-dns', 'config-change']);
    const dns = result.evidence.find((e) => e.id === 'network-dns')!;
    expect(dns.matches).toContainEqual({ term: 'dns', line: 7, field: 'causes' });
    expect(dns.score).toBeGreaterThan(result.evidence.find((e) => e.id === 'config-change')!.score);
  });
  it('keeps only categories near the best score', () => {
    const result = classify('## 原因\n\n域名解析失败，dns 服务 timeout。\n\n## 背景\n\n去年也出过 oom。\n');
    expect(result.categories).toEqual(['network-dns']);
  });
  it('matches a phrase with its last word in the plural ("rate limits")', () => {
    const limits = [category('quota-throttling', [], ['rate limit']), category('unknown', [], [])];
    const { sections } = sectionsOf('## Root cause\n\nDocker Hub rate limits anonymous pulls per source IP.\n');
    const facts = extractFacts(sections, 400);
    expect(classifyRootCause({ title: '', sections, facts: facts.items }, limits).evidence[0]?.matches[0]).toMatchObject({ term: 'rate limit' });
  });
  it('says unknown when nothing fits', () => {
    expect(classify('## 现象\n\n页面打不开。\n')).toEqual({ categories: ['unknown'], evidence: [] });
  });
  it('counts nothing for a denied mention, in either language', () => {
    const leak = [category('resource-leak', ['内存泄漏'], ['memory leak']), category('memory-pressure', ['full gc'], ['full gc'])];
    const zh = sectionsOf('## 原因\n\nFull GC 之后内存能回落，不像是内存泄漏，是大对象导致的 Full GC。\n');
    const en = sectionsOf('## Root cause\n\nIt was not a memory leak: the full GC came from one big export.\n');
    for (const { sections } of [zh, en]) {
      const result = classifyRootCause({ title: '', sections, facts: extractFacts(sections, 4000).items }, leak);
      expect(result.categories).toEqual(['memory-pressure']);
    }
  });
  it('does not count a short term that is part of a longer term found at the same place', () => {
    const cats = [category('time-clock', [], ['clock skew']), category('data-skew-hotspot', [], ['skew']), category('unknown', [], [])];
    const { sections } = sectionsOf('## Root cause\n\nClock skew on the new nodes.\n');
    const result = classifyRootCause({ title: '', sections, facts: extractFacts(sections, 4000).items }, cats);
    expect(result.categories).toEqual(['time-clock']);
  });
  it('counts overlapping terms of one category once at the same place', () => {
    const cats = [category('deploy-regression', [], ['bad deploy', 'deploy of']), category('unknown', [], [])];
    const run = (text: string) => {
      const { sections } = sectionsOf(text);
      return classifyRootCause({ title: '', sections, facts: extractFacts(sections, 4000).items }, cats).evidence[0]?.matches.map((m) => m.term);
    };
    expect(run('## Root cause\n\nA bad deploy of the API.\n')).toEqual(['bad deploy']);
    expect(run('## Root cause\n\nA bad deploy, then the deploy of the API.\n')).toEqual(['bad deploy', 'deploy of']);
  });
  it('counts a suspected cause at half weight, like 怀疑', () => {
    const cats = [category('deploy-regression', [], ['bad deploy']), category('unknown', [], [])];
    const score = (text: string) => {
      const { sections } = sectionsOf(text);
      return scoreCategories({ title: '', sections, facts: extractFacts(sections, 4000).items }, cats)[0]?.score ?? 0;
    };
    const plain = score('## Root cause\n\nA bad deploy took the API down.\n');
    expect(score('## Root cause\n\nOn-call suspected a bad deploy of the API.\n')).toBeCloseTo(plain / 2);
  });
  it('does not count a term inside a quoted message', () => {
    const cats = [category('certificate-expiry', [], ['expired']), category('unknown', [], [])];
    const { sections } = sectionsOf('## Root cause\n\nUsers saw "Session expired, please sign in again" after login.\n');
    expect(classifyRootCause({ title: '', sections, facts: extractFacts(sections, 4000).items }, cats).categories).toEqual(['unknown']);
  });
});

describe('isDenied', () => {
  const denied = (s: string, term: string) => isDenied(s, s.indexOf(term), s.indexOf(term) + term.length);
  it('sees a denial just before the term, in the same clause', () => {
    expect(denied('不像是内存泄漏，更像是大对象', '内存泄漏')).toBe(true);
    expect(denied('优先怀疑大对象，而不是内存泄漏', '内存泄漏')).toBe(true);
    expect(denied('this was a sizing problem, not a memory leak', 'memory leak')).toBe(true);
    expect(denied('we ruled out a memory leak early', 'memory leak')).toBe(true);
  });
  it('sees a denial just after the term', () => {
    expect(denied('the memory leak was ruled out', 'memory leak')).toBe(true);
    expect(denied('dns was not the cause', 'dns')).toBe(true);
    expect(denied('内存泄漏已排除', '内存泄漏')).toBe(true);
  });
  it('leaves verbs negated with a bare "not", and other clauses, alone', () => {
    expect(denied('clients could not resolve the dns name', 'dns')).toBe(false);
    expect(denied('not a sizing problem: a memory leak', 'memory leak')).toBe(false);
    expect(denied('不是扩容的问题，是内存泄漏', '内存泄漏')).toBe(false);
  });
});

describe('isInQuotedMessage', () => {
  const quoted = (s: string, term: string) => isInQuotedMessage(s, s.indexOf(term), s.indexOf(term) + term.length);
  it('is true inside a quoted message of several words', () => {
    expect(quoted('users saw "session expired, please sign in" on login', 'expired')).toBe(true);
    expect(quoted('页面提示“系统繁忙请稍后重试”', '繁忙')).toBe(true);
  });
  it('is false outside quotes and inside a quoted name', () => {
    expect(quoted('the session expired at noon', 'expired')).toBe(false);
    expect(quoted('the "hotspot" flag was off', 'hotspot')).toBe(false);
  });
});

describe('leftOver', () => {
  it('keeps what a fact cut away from its sentence, such as a label', () => {
    expect(leftOver('配置内容错误：新地址是从测试环境复制的', [{ text: '新地址是从测试环境复制的' }])).toContain('配置内容错误');
  });
  it('finds a fact whose spacing and punctuation were redone, and leaves nothing when a fact was reworded', () => {
    expect(leftOver('即积压。那问题是消费者et出现了性能瓶颈问题。', [{ text: '那问题是消费者 et 出现了性能瓶颈问题' }])).not.toContain('性能瓶颈');
    expect(leftOver('Discovery: the scrape timed out.', [{ text: 'The scrape timed out' }])).toContain('discovery');
    expect(leftOver('The cache was cold, so the origin fell over.', [{ text: 'A cold cache' }])).toBe('');
  });
  it('is empty when the facts cover the sentence but for punctuation', () => {
    expect(leftOver('Disk full. Broker down.', [{ text: 'Disk full' }, { text: 'Broker down' }])).toBe('');
    expect(leftOver('Disk full, broker down.', [{ text: 'Disk full, broker down.' }, { text: 'Disk full' }])).toBe('');
  });
});

describe('withoutExcluded', () => {
  const cats = [category('resource-leak', [], []), category('memory-pressure', [], [], ['resource-leak']), category('storage-disk', [], [])];
  const ev = (id: string, score: number) => ({ id, score, matches: [] });
  it('drops a category that yields to a better-scored candidate', () => {
    expect(withoutExcluded([ev('resource-leak', 6), ev('memory-pressure', 5), ev('storage-disk', 4)], cats).map((e) => e.id)).toEqual(['resource-leak', 'storage-disk']);
  });
  it('keeps it when it scores higher than the one it yields to', () => {
    expect(withoutExcluded([ev('memory-pressure', 6), ev('resource-leak', 5)], cats).map((e) => e.id)).toEqual(['memory-pressure', 'resource-leak']);
  });
});

describe('parseCategories', () => {
  const yaml = (yieldsTo: string) =>
    `- { id: a, name: { zh: a, en: a }, description: { zh: a, en: a }, keywords: { zh: [], en: [] }, related: [], yields_to: [${yieldsTo}] }`;
  it('reads yields_to, and rejects an id that is not a category', () => {
    expect(parseCategories(yaml('a'))[0].yields_to).toEqual(['a']);
    expect(() => parseCategories(yaml('nope'))).toThrow(/yields_to id "nope"/);
  });
});

describe('wordOverlaps', () => {
  it('finds where a phrase starting with the last words of another begins in it', () => {
    expect(wordOverlaps('bad deploy', 'deploy of')).toEqual([4]);
    expect(wordOverlaps('spike in traffic', 'traffic surge')).toEqual([9]);
  });
  it('is empty for containment, equal terms, terms without spaces and pieces of words', () => {
    expect(wordOverlaps('clock skew', 'skew')).toEqual([]);
    expect(wordOverlaps('deploy of', 'deploy of')).toEqual([]);
    expect(wordOverlaps('频繁gc', 'gc停顿')).toEqual([]);
    expect(wordOverlaps('bad deploy', 'ploy of')).toEqual([]);
  });
});

/** The dictionary itself: real wordings that must (or must not) speak for a category. */
describe('content/categories.yaml', () => {
  const real = parseCategories(readFileSync('content/categories.yaml', 'utf8'));
  const categoriesOf = (text: string) => {
    const { sections } = sectionsOf(text);
    return classifyRootCause({ title: '', sections, facts: extractFacts(sections, 8000).items }, real).categories;
  };
  it('does not take a named vendor or cloud provider for a third-party outage', () => {
    expect(categoriesOf("## Root cause\n\nThe key leaked to a public repo we shared with a vendor's support team; the cloud provider's abuse team told us.\n")).not.toContain('third-party-outage');
    expect(categoriesOf('## Root cause\n\nA provider incident: the cloud provider outage isolated one zone.\n')).toContain('third-party-outage');
  });
  it('does not take a slow service we call for a dependency bug, but a dependency bump is one', () => {
    expect(categoriesOf('## Root cause\n\nRetries amplified the load on an already saturated dependency.\n')).not.toContain('dependency-bug');
    expect(categoriesOf('## Root cause\n\nA dependency bump brought in a library bug.\n')).toContain('dependency-bug');
    expect(categoriesOf('## 原因\n\n依赖接口变慢，消费超时。\n')).not.toContain('dependency-bug');
  });
  it('knows Old GC, ZooKeeper session expiry, disk IO saturation and log-level changes', () => {
    expect(categoriesOf('## 原因\n\n节点频繁 Old GC，堆内存被 fielddata 占满。\n')).toContain('memory-pressure');
    expect(categoriesOf('## 原因\n\n会话过期后 ZK 删除了临时节点，provider 下线。\n')).toEqual(['rebalance-or-coordination']);
    expect(categoriesOf('## 原因\n\n备份任务把磁盘 IO 打满，fsync 超时。\n')).toContain('storage-disk');
    expect(categoriesOf('## 原因\n\n在配置中心把日志级别改为 DEBUG。\n')).toContain('config-change');
  });
  it('knows burst credits, a rate limiter and a per-second packet limit as throttling, and a secret scanning alert as security', () => {
    expect(categoriesOf('## Root cause\n\nThe gp2 root volumes ran out of burst credits and IOPS fell to the baseline.\n')).toContain('quota-throttling');
    expect(categoriesOf('## Root cause\n\nThe new rate limiter keyed every client behind a CDN node into one bucket.\n')).toContain('quota-throttling');
    expect(categoriesOf('## Root cause\n\nThe resolver drops queries above 1,024 packets per second per interface.\n')).toContain('quota-throttling');
    expect(categoriesOf('## What happened\n\nThe publish token shipped inside the tarball. At 9:47 we got a secret scanning alert from GitHub.\n\nThe registry counted 312 downloads, so we treat the token as stolen.\n')).toContain('security-vulnerability');
  });
  it('knows a forgotten or skipped step as an operational error', () => {
    expect(categoriesOf('## Why\n\nThe api record was skipped, and nobody updated the secret.\n')).toContain('human-error-operation');
    expect(categoriesOf('## 原因\n\n排查完后忘记改回，也没有走审批。\n')).toContain('human-error-operation');
  });
  it('knows leap days, DST and clocks jumping back as time problems', () => {
    expect(categoriesOf('## Root cause\n\nAdding one year to a leap day raised an error in the renewal job.\n')).toEqual(['time-clock']);
    expect(categoriesOf('## 原因\n\n闰年 2 月 29 日的日期计算没有处理。\n')).toContain('time-clock');
    expect(categoriesOf('## 原因\n\n宿主机发生时钟回拨，ID 生成重复。\n')).toContain('time-clock');
  });
  it('does not take the volume of traffic for a disk, but a full root volume or inodes are one', () => {
    expect(categoriesOf('## Root cause\n\nThe order volume doubled on Monday and the workers fell behind.\n')).not.toContain('storage-disk');
    expect(categoriesOf('## Root cause\n\nThe root volume filled up with core dumps.\n')).toContain('storage-disk');
    expect(categoriesOf('## 原因\n\n小文件太多，inode 耗尽，写入失败。\n')).toContain('storage-disk');
  });
  it('knows templates, values files, terraform and firewall rules as configuration', () => {
    expect(categoriesOf('## Root cause\n\nA template variable was missing from the production values file, so the rendered config was empty.\n')).toContain('config-change');
    expect(categoriesOf('## Root cause\n\nA terraform apply removed the security group rule for port 443.\n')).toContain('config-change');
    expect(categoriesOf('## 原因\n\n网关的连接超时被误改为 1 秒，这次参数修改没有人复核。\n')).toContain('config-change');
  });
  it('does not take a migration of jobs for a release of our code', () => {
    expect(categoriesOf('## Root cause\n\nDuring the migration of cron jobs to the new cluster the old scheduler was left running.\n')).not.toContain('deploy-regression');
  });
  it('knows the wrong environment and two people at once as operational errors, and a missing shared lock as coordination', () => {
    expect(categoriesOf('## Root cause\n\nThe flag was flipped in the wrong environment: it was meant for staging.\n')).toContain('human-error-operation');
    expect(categoriesOf('## 原因\n\n两个人同时执行了同一个变更，事先没有沟通。\n')).toContain('human-error-operation');
    expect(categoriesOf('## Root cause\n\nBoth hosts ran the job because the file lock is local; there was no shared lock, so it ran twice.\n')).toContain('rebalance-or-coordination');
    expect(categoriesOf('## 原因\n\n两台节点同时下线，集群失去 quorum，无法选主。\n')).toContain('rebalance-or-coordination');
  });
  it('knows expired leases and revoked tokens as expired credentials, a class loader that is never collected as a leak, and circuit breakers as limits', () => {
    expect(categoriesOf('## Root cause\n\nEvery database lease reached its max_ttl the same night and the leases expired.\n')).toContain('certificate-expiry');
    expect(categoriesOf('## 原因\n\n类加载器不可回收，类不能卸载，Metaspace 只涨不降。\n')).toContain('resource-leak');
    expect(categoriesOf('## Root cause\n\nThe new release dropped the circuit breaker limits to their defaults.\n')).toContain('quota-throttling');
  });
  it('knows NFS and NAS mounts as storage, and Metaspace as memory', () => {
    expect(categoriesOf('## 原因\n\nNAS 控制器升级时 NFS 无响应，hard 挂载的进程全部卡住。\n')).toContain('storage-disk');
    expect(categoriesOf('## Root cause\n\nMetaspace filled up and the JVM threw OutOfMemoryError: Metaspace.\n')).toContain('memory-pressure');
  });
});
