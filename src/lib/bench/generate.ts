/**
 * Synthetic raw incident reports for `npm run bench`, shaped like the real ones: Chinese or English, headed
 * markdown or plain text, a timeline, code blocks and log lines, 1–15 KB. Pure and seeded: the same
 * (count, seed) always gives the same files.
 *
 * Every sentence is varied (its numbers redrawn, a service, cluster or tenant named) so that, as in real
 * reports, sentences seldom repeat across reports: with a few dozen sentences repeated verbatim the bench timed
 * the extractor's per-sentence memos (hit 94–98 % of the time, against 21–32 % on the real corpus).
 */
/** Bumped whenever the reports generated for a seed change: the bench regenerates its corpora then. */
export const GENERATOR_VERSION = 3;

export interface RawReport {
  /** File name, e.g. 00042_kafka-lag.md */
  name: string;
  text: string;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TECH = ['kafka', 'mysql', 'redis', 'kubernetes', 'nginx', 'prometheus', 'elasticsearch', 'flink', 'zookeeper', 'coredns', 'etcd', 'postgresql', 'rabbitmq', 'hbase', 'traefik'];
const EN = {
  symptoms: ['consumer lag grew past 10 million messages', 'p99 latency rose above 5 s', 'error rate reached 30%', 'pods were OOMKilled repeatedly', 'the dashboard showed no data', 'disk usage hit 100%', 'DNS lookups timed out'],
  causes: ['a config change lowered the connection pool size', 'a slow query held table locks', 'the certificate expired', 'a rebalance storm after a deploy', 'memory leak in the client library', 'a cron job deleted the namespace', 'the upstream provider had an outage'],
  fixes: ['rolled back the deploy', 'restarted the consumers', 'raised the pool size to 200', 'failed over to the replica', 'renewed the certificate', 'added disk and cleaned old segments'],
  actions: ['add an alert on consumer lag', 'review config changes in CI', 'document the failover runbook', 'load-test the new client version'],
  filler: ['We looked at the graphs and the logs of every service involved.', 'The on-call engineer paged the owning team.', 'Several customers reported the problem through support.', 'The impact was limited to the ingestion pipeline.', 'Monitoring did not cover this path before the incident.'],
  heads: ['Summary', 'Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items', 'Lessons learned'],
};
const ZH = {
  symptoms: ['消费延迟超过一千万条', '接口 p99 延迟超过 5 秒', '错误率达到 30%', 'Pod 反复 OOMKilled', '监控大盘没有数据', '磁盘使用率 100%', 'DNS 解析超时'],
  causes: ['配置变更把连接池调小', '慢查询长时间持有表锁', '证书过期', '发布后触发频繁 rebalance', '客户端库内存泄漏', '定时任务误删了命名空间', '上游服务商故障'],
  fixes: ['回滚发布', '重启消费者', '把连接池调到 200', '切换到备库', '更新证书', '扩容磁盘并清理旧日志段'],
  actions: ['增加消费延迟告警', '配置变更纳入 CI 检查', '补充切换预案文档', '对新版本客户端做压测'],
  filler: ['值班同学查看了所有相关服务的监控和日志。', '随后拉起了负责团队一起排查。', '多个客户通过工单反馈了问题。', '影响范围限于数据接入链路。', '事故前这条链路没有监控覆盖。'],
  heads: ['概述', '影响', '时间线', '根因', '处理过程', '改进措施', '经验教训'],
};

export function generateReports(count: number, seed = 1): RawReport[] {
  const reports: RawReport[] = [];
  for (let i = 0; i < count; i++) reports.push(generateReport(i, createRandom(seed * 1_000_003 + i)));
  return reports;
}

const SERVICES = ['orders', 'payments', 'checkout', 'search', 'billing', 'profile', 'catalog', 'ingest', 'gateway', 'auth', 'inventory', 'reports'];
const EN_CONTEXT = ['on {svc}-{n}', 'in cluster prod-{n}', 'for tenant {n}', 'across {n} partitions', 'on {n} hosts', 'after release {n}.{m}', 'in region ap-{n}'];
const ZH_CONTEXT = ['（{svc}-{n} 服务）', '，涉及 {n} 个分区', '，集群 prod-{n}', '，影响 {n} 台机器', '（版本 {n}.{m}）', '，租户 {n}'];

/** A sentence made this report's own: its numbers redrawn, and often a service, cluster or tenant named. */
function varied(sentence: string, zh: boolean, rand: () => number): string {
  const number = (digits: number) => String(Math.floor(10 ** (digits - 1) + rand() * 9 * 10 ** (digits - 1)));
  const redrawn = sentence.replace(/(?<![A-Za-z])\d+/g, (d) => number(d.length));
  if (rand() < 0.1) return redrawn;
  const contexts = zh ? ZH_CONTEXT : EN_CONTEXT;
  const context = contexts[Math.floor(rand() * contexts.length)]
    .replace('{svc}', SERVICES[Math.floor(rand() * SERVICES.length)])
    .replace('{n}', number(1 + Math.floor(rand() * 2)))
    .replace('{m}', number(1));
  if (zh) return redrawn.replace(/([。！]?)$/, `${context}$1`);
  return redrawn.replace(/([.!]?)$/, ` ${context}$1`);
}

function generateReport(i: number, rand: () => number): RawReport {
  const pickAny = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const pick = <T>(list: readonly T[]): T => {
    const value = pickAny(list);
    return (typeof value === 'string' ? varied(value, zh, rand) : value) as T;
  };
  const zh = rand() < 0.5;
  const markdown = rand() < 0.6;
  const words = zh ? ZH : EN;
  const tech = pickAny(TECH);
  const target = 1024 + Math.floor(rand() * rand() * 14 * 1024); // 1–15 KB, most near the small end
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const title = zh ? `${tech} ${pick(words.symptoms)}故障复盘` : `${tech}: ${pick(words.symptoms)}`;
  const lines: string[] = [];
  const head = (k: number) => lines.push('', markdown ? `## ${words.heads[k]}` : `${words.heads[k]}${zh ? '：' : ':'}`, '');
  lines.push(markdown ? `# ${title}` : title, '');
  lines.push(zh ? `${year}年${month}月${day}日，${tech} ${pick(words.symptoms)}。` : `On ${date}, ${tech} ${pick(words.symptoms)}.`);
  head(1);
  lines.push(pick(words.symptoms), pick(words.filler));
  head(2);
  let minute = 8 * 60 + Math.floor(rand() * 600);
  const events = 4 + Math.floor(rand() * 12);
  for (let e = 0; e < events; e++) {
    minute += 1 + Math.floor(rand() * 40);
    const hm = `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;
    const when = e === 0 ? `${date} ${hm}` : zh && rand() < 0.3 ? `${Math.floor(minute / 60) % 24}点${minute % 60}分` : hm;
    const what = pick([...words.symptoms, ...words.fixes, ...words.filler]);
    lines.push(markdown ? `- ${when} ${what}` : `${when} ${what}`);
  }
  head(3);
  lines.push(pick(words.causes), pick(words.causes));
  if (rand() < 0.7) {
    lines.push('', '```log');
    for (let l = 0; l < 3 + Math.floor(rand() * 10); l++) lines.push(`${date}T${pad(8 + (l % 12))}:${pad(l * 3 % 60)}:01.123Z ERROR [${tech}-${l % 4}] ${pickAny(['connection refused', 'timeout after 30000ms', 'OutOfMemoryError: Java heap space', 'leader not available'])}`);
    lines.push('```');
  }
  head(4);
  lines.push(pick(words.fixes), pick(words.fixes));
  head(5);
  for (let a = 0; a < 2 + Math.floor(rand() * 3); a++) lines.push(`${a + 1}. ${pick(words.actions)}`);
  let text = lines.join('\n');
  let size = byteLength(text);
  while (size < target) {
    const more = `\n\n${Array.from({ length: 4 }, () => pick(words.filler)).join(zh ? '' : ' ')}`;
    text += more;
    size += byteLength(more);
  }
  const slug = `${tech}-${zh ? 'zh' : 'en'}`;
  return { name: `${String(i).padStart(5, '0')}_${slug}.${markdown ? 'md' : 'txt'}`, text: `${text}\n` };
}

const pad = (n: number) => String(n).padStart(2, '0');

function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}
