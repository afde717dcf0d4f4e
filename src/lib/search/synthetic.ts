/**
 * Synthetic postmortems for benchmarks and size checks: deterministic (seeded), half Chinese and half English,
 * of realistic size (title, 2–4 symptoms, 1–3 causes and fixes, 2–4 KB body with a code block) and varied
 * enough (service names, numbers, hosts) that gzip does not flatter the index. Nothing here is written to disk.
 */
import type { PostmortemInput } from './records.ts';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TECH = ['kafka', 'flink', 'mysql', 'redis', 'zookeeper', 'elasticsearch', 'nginx', 'kubernetes', 'rocketmq', 'hbase', 'spark', 'prometheus', 'postgres', 'docker'];
const CATS = ['capacity-overload', 'config-change', 'deploy-regression', 'dependency-bug', 'resource-leak', 'data-skew-hotspot', 'rebalance-or-coordination', 'network-dns', 'storage-disk', 'quota-throttling', 'offset-or-state-reset', 'human-error-operation', 'third-party-outage', 'certificate-expiry', 'database'];
const ZH = {
  title: ['{t} 消费延迟导致{s}数据中断', '{s} 线程池耗尽引发接口超时', '{t} 频繁重平衡导致消息积压', '数据库主库宕机切换失败影响{s}', '{s} 内存泄漏导致 OOM 重启', '{t} 磁盘写满导致写入失败', '{s} 发布后 CPU 飙高', '{t} 证书过期导致连接失败', '{s} 配置变更引发大面积告警', '{t} 热点分区导致单节点过载'],
  symptom: ['{s} 消费延迟持续上涨，lag 超过 {n} 万条', '接口响应超时，P99 延迟达到 {n} 秒', '监控显示 {t} 集群 CPU 使用率 100%', '大量报错 Connection refused，无法连接 {t}', '{s} 线程数不断上涨，达到 {n} 个', '数据大屏无数据，下游任务中断', '磁盘使用率告警，剩余空间不足 {n}%', '消费组频繁重平衡，消费断断续续', '内存持续上涨后容器被 OOM killed', '主从复制延迟 {n} 秒，读请求返回旧数据'],
  cause: ['每次请求新建一个线程池，线程泄漏', '{t} 客户端版本 bug 导致频繁 rebalance', '热点 key 集中写入同一个分区', '配置项 {s}.timeout 被误改为 {n} 毫秒', '日志级别为 debug，日志狂刷写满磁盘', '上游流量高峰超出 {s} 处理能力', '证书过期未及时续期', '慢查询锁表导致连接池耗尽', 'DNS 解析失败导致连接 {t} 超时', '发布新版本引入死循环'],
  fix: ['回滚到上一个版本', '改为使用固定大小的线程池', '升级 {t} 客户端到新版本', '扩容 {s} 实例到 {n} 个', '清理日志并配置日志转储', '调大 session.timeout.ms 并减少单次拉取条数', '更换证书并增加过期告警', '给热点 key 加随机后缀打散', '修复配置并加入变更审核', '重启 {t} 集群'],
  para: ['值班同学收到告警后立即登录 {h} 查看 {t} 的运行状态，发现 {s} 的处理速度明显下降。', '我们先排查了最近的发布记录和配置变更，确认 {s} 在 {n} 分钟前有一次上线。', '通过监控大盘看到消费组 lag 持续上涨，单分区积压最多达到 {n} 条。', '登录容器查看线程栈，发现大量名为 {s}-worker-{n} 的线程处于 WAITING 状态。', '与 DBA 沟通后确认主库在 {n} 点左右出现大量慢查询，连接数打满。', '复盘会上大家认为告警阈值设置不合理，导致发现时间过晚。', '后续需要补充压测，并在发布流程中加入灰度和自动回滚。'],
};
const EN = {
  title: ['{t} consumer lag caused data gaps in {s}', '{s} thread pool exhaustion caused API timeouts', 'Frequent {t} rebalances caused a message backlog', 'Primary database went down and failover failed for {s}', '{s} memory leak led to OOM restarts', '{t} disk full broke writes', 'CPU spike on {s} after a deploy', 'Expired certificate broke {t} connections', 'Config change on {s} triggered alert storm', 'Hot partition overloaded one {t} broker'],
  symptom: ['{s} consumer lag kept growing past {n}k messages', 'API responses timed out, p99 latency reached {n} s', '{t} cluster CPU at 100% on every node', 'Many Connection refused errors, unable to connect to {t}', '{s} thread count kept rising to {n}', 'Dashboards showed no data, downstream jobs stopped', 'Disk usage alert: less than {n}% space left', 'Consumer group rebalancing constantly, consumption stalled', 'Memory grew until the container was OOM killed', 'Replication lag of {n} s, reads returned stale data'],
  cause: ['A new thread pool was created for every request: a thread leak', '{t} client version bug caused frequent rebalances', 'A hot key sent all writes to one partition', 'Setting {s}.timeout was changed to {n} ms by mistake', 'Debug logging flooded the disk', 'Peak traffic exceeded what {s} could process', 'The certificate expired without renewal', 'A slow query locked the table and exhausted the connection pool', 'DNS resolution failures made connections to {t} time out', 'A new release introduced an infinite loop'],
  fix: ['Rolled back to the previous version', 'Switched to one fixed-size thread pool', 'Upgraded the {t} client', 'Scaled {s} out to {n} instances', 'Cleaned the logs and enabled log rotation', 'Raised session.timeout.ms and lowered max.poll.records', 'Replaced the certificate and added an expiry alert', 'Salted the hot key to spread writes', 'Fixed the setting and added change review', 'Restarted the {t} cluster'],
  para: ['The on-call engineer got paged and logged in to {h} to look at {t}; {s} throughput had dropped sharply.', 'We first checked recent deploys and config changes and found that {s} had been released {n} minutes earlier.', 'The dashboard showed consumer group lag climbing steadily, with up to {n} messages behind on one partition.', 'A thread dump showed thousands of threads named {s}-worker-{n} in WAITING state.', 'The DBA confirmed a burst of slow queries on the primary around {n}:00 that used up every connection.', 'In the review we agreed the alert thresholds were too loose, so detection came late.', 'Follow-ups: load tests before release, canary deploys and automatic rollback.'],
};

/** count postmortems, the first half Chinese and the second English (interleaved: even zh, odd en). */
export function generatePostmortems(count: number, seed = 42): PostmortemInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const out: PostmortemInput[] = [];
  for (let i = 0; i < count; i++) {
    const lang = i % 2 === 0 ? ZH : EN;
    const t = pick(TECH);
    const s = `${pick(['order', 'payment', 'user', 'search', 'report', 'billing', 'risk', 'push'])}-${pick(['api', 'sync', 'etl', 'worker', 'gateway'])}-${Math.floor(rnd() * 90 + 10)}`;
    const fill = (tpl: string) => tpl.replace(/\{t\}/g, t).replace(/\{s\}/g, s).replace(/\{n\}/g, () => String(Math.floor(rnd() * 900 + 10))).replace(/\{h\}/g, () => `node-${Math.floor(rnd() * 9000 + 1000)}.dc${Math.floor(rnd() * 9)}`);
    const many = (list: string[], min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => fill(pick(list)));
    const paras = many(lang.para, 8, 14);
    const code = Array.from({ length: 6 }, () => `${s} ${t} partition=${Math.floor(rnd() * 64)} offset=${Math.floor(rnd() * 1e9)} lag=${Math.floor(rnd() * 1e5)}`).join('\n');
    const body = `# ${fill(pick(lang.title))}\n\n${paras.slice(0, 4).join('\n\n')}\n\n\`\`\`\n${code}\n\`\`\`\n\n${paras.slice(4).join('\n\n')}\n`;
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0'), day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    out.push({
      id: `synthetic-${String(i).padStart(5, '0')}`,
      body,
      data: {
        title: fill(pick(lang.title)),
        date: `${2018 + Math.floor(rnd() * 7)}-${month}-${day}`,
        summary: paras[0],
        symptoms: many(lang.symptom, 2, 4),
        causes: many(lang.cause, 1, 3),
        fixes: many(lang.fix, 1, 3),
        categories: [...new Set([pick(CATS), pick(CATS)])],
        technologies: [...new Set([t, pick(TECH)])],
        format: 'markdown',
      },
    });
  }
  return out;
}

/** Queries an on-call engineer types: Chinese, English, unspaced, cross-language and misspelt. */
export const BENCH_QUERIES = [
  '消费延迟', '线程池', '数据库宕机', 'consumer lag', 'rebalnce', 'thread leak', '线程泄漏', 'kafka rebalance',
  'disk full', '磁盘满', 'timeout', 'dns', 'oom', 'connection pool exhausted', '连接池耗尽', 'rollback',
  'certificate expired', '证书过期', 'hot partition', '限流', 'payment-api', 'cpu 100%', 'replicaton lag', '主从切换',
];
