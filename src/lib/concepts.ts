/**
 * Small bilingual vocabularies of symptoms and fixes, so "消费积压" and "consumer lag" count as the same thing
 * when the site aggregates recurring symptoms and fixes or explains why two incidents are related.
 * Latin terms match whole words; Chinese terms match as substrings. Add terms freely.
 */
export interface Concept {
  id: string;
  en: string;
  zh: string;
  terms: string[];
}

export const SYMPTOM_CONCEPTS: Concept[] = [
  { id: 'consumer-lag', en: 'consumer lag', zh: '消费积压', terms: ['lag', 'backlog', 'consumer lag', '积压', '堆积', '消费延迟', '消费慢', '延迟'] },
  { id: 'data-gap', en: 'missing data', zh: '数据中断 / 缺失', terms: ['missing data', 'no data', 'data loss', 'missing metrics', 'metrics missing', '数据中断', '没数据', '无数据', '数据缺失', '丢数据', '数据丢失', '为空'] },
  { id: 'duplicates', en: 'duplicate processing', zh: '重复消费', terms: ['duplicate', 'duplicates', 'reprocessing', '重复消费', '重复'] },
  { id: 'rebalance', en: 'rebalancing', zh: '重平衡', terms: ['rebalance', 'rebalancing', 'rebalances', '重平衡', '再平衡'] },
  { id: 'restarts', en: 'restarts / crash loop', zh: '重启 / 崩溃', terms: ['restart', 'restarts', 'restarted', 'crash', 'crashes', 'crashloop', 'crash loop', 'crashing', '重启', '崩溃', '挂了', '挂掉'] },
  { id: 'errors', en: 'errors / 5xx', zh: '报错 / 5xx', terms: ['error', 'errors', '5xx', '500', '502', '503', 'exception', 'failed', 'failures', '报错', '异常', '失败'] },
  { id: 'timeouts', en: 'timeouts', zh: '超时', terms: ['timeout', 'timeouts', 'timed out', '超时'] },
  { id: 'latency', en: 'slow responses', zh: '响应变慢', terms: ['latency', 'slow', 'slowness', '延时', '变慢', '响应慢', '卡顿'] },
  { id: 'alerts', en: 'alerts fired', zh: '告警', terms: ['alert', 'alerts', 'alarm', 'paged', '报警', '告警'] },
  { id: 'memory', en: 'memory / OOM', zh: '内存 / OOM', terms: ['oom', 'oomkilled', 'out of memory', 'memory', '内存'] },
  { id: 'cpu', en: 'high CPU / load', zh: 'CPU / 负载高', terms: ['cpu', 'high load', 'load average', '负载'] },
  { id: 'disk', en: 'disk / IOPS', zh: '磁盘 / IO', terms: ['disk', 'iops', 'disk full', '磁盘', 'io'] },
  { id: 'dns', en: 'DNS failures', zh: 'DNS 解析失败', terms: ['dns', 'nxdomain', 'name resolution', '域名解析', '解析失败'] },
  { id: 'outage', en: 'service unavailable', zh: '服务不可用', terms: ['outage', 'unavailable', 'down', 'downtime', '不可用', '宕机', '中断'] },
  { id: 'auth', en: 'auth / permission errors', zh: '认证 / 权限错误', terms: ['unauthorized', '401', '403', 'permission', 'forbidden', 'token', '权限', '认证'] },
  { id: 'log-flood', en: 'log flood', zh: '日志狂刷', terms: ['log flood', 'logs flooded', '日志狂刷', '刷日志', '日志暴增'] },
];

export const FIX_CONCEPTS: Concept[] = [
  { id: 'restart', en: 'restart', zh: '重启', terms: ['restart', 'restarted', 'reboot', 'redeploy', 'redeployed', '重启'] },
  { id: 'rollback', en: 'roll back / switch back', zh: '回滚 / 切回', terms: ['rollback', 'roll back', 'rolled back', 'revert', 'reverted', '回滚', '切回', '回退'] },
  { id: 'scale', en: 'scale out', zh: '扩容', terms: ['scale', 'scaled', 'scale out', 'scale up', 'more replicas', 'add nodes', '扩容', '扩缩容', '加机器'] },
  { id: 'tune', en: 'tune configuration', zh: '调整配置 / 参数', terms: ['config', 'configuration', 'parameter', 'setting', 'tune', 'tuned', 'session.timeout.ms', '调参', '参数', '配置', '调整'] },
  { id: 'offsets', en: 'reset offsets', zh: '重置位点', terms: ['offset', 'offsets', 'reset', '点位', '位点', '重置'] },
  { id: 'monitoring', en: 'add monitoring / alerts', zh: '加监控 / 告警', terms: ['monitor', 'monitoring', 'alert', 'alerting', 'dashboard', '监控', '告警', '报警'] },
  { id: 'version', en: 'upgrade / downgrade', zh: '升级 / 降级', terms: ['upgrade', 'upgraded', 'downgrade', 'downgraded', 'patch', 'patched', 'version', '升级', '降级', '版本'] },
  { id: 'throttle', en: 'rate limit / flow control', zh: '限流 / 流控', terms: ['rate limit', 'throttle', 'throttling', 'quota', '限流', '流控', '配额', '并发度'] },
  { id: 'cleanup', en: 'clean up', zh: '清理', terms: ['delete', 'deleted', 'clean', 'cleanup', 'purge', '清理', '删除'] },
  { id: 'compression', en: 'compression', zh: '压缩', terms: ['compress', 'compression', 'gzip', 'lz4', '压缩'] },
  { id: 'credentials', en: 'rotate credentials', zh: '轮换凭证', terms: ['rotate', 'rotated', 'revoke', 'revoked', 'credential', 'credentials', 'api key', '密钥', '凭证'] },
  { id: 'restore', en: 'restore / recreate', zh: '恢复 / 重建', terms: ['restore', 'restored', 'recreate', 'recreated', 'rebuild', 'backup', '恢复', '重建', '备份'] },
  { id: 'parallelism', en: 'more consumers / threads', zh: '增加消费者 / 线程', terms: ['multithread', 'multi-thread', 'thread pool', 'more consumers', 'parallelism', '多线程', '线程池', '并行'] },
];

const CJK = /[\u3400-\u9fff]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(concepts: Concept[]): { id: string; re: RegExp }[] {
  return concepts.map((c) => {
    const latin = c.terms.filter((t) => !CJK.test(t)).map(escape);
    const cjk = c.terms.filter((t) => CJK.test(t)).map(escape);
    const parts = [...(latin.length ? [`(?<![a-z0-9])(?:${latin.join('|')})(?![a-z0-9])`] : []), ...cjk];
    return { id: c.id, re: new RegExp(parts.join('|'), 'i') };
  });
}

const compiled = new Map<Concept[], { id: string; re: RegExp }[]>();

/** Ids of the concepts any of the texts mentions, in vocabulary order. */
export function matchConcepts(texts: readonly string[], concepts: Concept[]): string[] {
  let list = compiled.get(concepts);
  if (!list) compiled.set(concepts, (list = compile(concepts)));
  const joined = texts.join('\n');
  return list.filter((c) => c.re.test(joined)).map((c) => c.id);
}

export function conceptById(concepts: Concept[], id: string): Concept | undefined {
  return concepts.find((c) => c.id === id);
}
