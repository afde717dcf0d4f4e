/**
 * benchSearch — what `npm run bench` calls: query latency of the real engine over any search index
 * (built by buildSearchIndex from any generator's postmortems). Pure: performance.now() only, no I/O.
 */
import { createSearchEngine, type SearchEngine } from './engine.ts';
import type { SearchIndexFile } from './records.ts';

export interface SearchBenchResult {
  records: number;
  /** searches timed */
  queries: number;
  /** createSearchEngine: inverted index over every record (what the browser does on first use) */
  buildMs: number;
  p50: number;
  p95: number;
  max: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Times each query; with typing: true each query is also searched at every prefix, as the search box does
 * while a user types (so 'rebalnce' times r, re, reb …). One untimed warm-up pass first. clock defaults to
 * wall time; on a shared machine pass a CPU clock: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }.
 */
export function benchSearch(
  index: SearchIndexFile | SearchEngine,
  queries: string[],
  options: { typing?: boolean; limit?: number; clock?: () => number } = {},
): SearchBenchResult {
  const now = options.clock ?? (() => performance.now());
  const t0 = now();
  const engine = 'search' in index ? index : createSearchEngine(index);
  const buildMs = now() - t0;
  const list = options.typing ? queries.flatMap((q) => Array.from({ length: [...q].length }, (_, i) => [...q].slice(0, i + 1).join(''))) : queries;
  for (const q of queries) engine.search(q, options.limit);
  const times: number[] = [];
  for (const q of list) {
    const start = now();
    engine.search(q, options.limit);
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { records: engine.records.length, queries: times.length, buildMs: round(buildMs), p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times[times.length - 1] ?? 0) };
}
