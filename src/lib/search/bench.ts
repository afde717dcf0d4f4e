/**
 * benchSearch — what `npm run bench` calls: query latency of the real engine over the shipped search files
 * (packSearchFiles(buildSearchIndex(…)) from any generator's postmortems, or the files of a built site), or over
 * an index in memory. Pure: performance.now() only, no I/O.
 */
import { createSearchEngine, openSearchEngine, type SearchEngine } from './engine.ts';
import { INDEX_PATH, readHeader } from './files.ts';
import type { SearchIndexFile } from './records.ts';

/** The shipped files (path → contents), as packSearchFiles makes them or as read from a built site. */
export type SearchFiles = Map<string, string | Uint8Array>;

const bytesOf = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

/** The engine as the page creates it once the files are downloaded: header, packed index, records decoded lazily. */
export function engineFromFiles(files: SearchFiles): SearchEngine {
  const index = files.get(INDEX_PATH);
  if (index === undefined) throw new Error(`no ${INDEX_PATH}`);
  const bytes = bytesOf(index);
  const header = readHeader(bytes);
  if (!header) throw new Error(`${INDEX_PATH}: no header`);
  return openSearchEngine(bytes, header.files.map((f) => {
    const file = files.get(f.url);
    if (file === undefined) throw new Error(`no ${f.url}`);
    return bytesOf(file);
  }));
}

export interface SearchBenchResult {
  records: number;
  /** searches timed */
  queries: number;
  /** engine creation as the page does it after download: over the shipped files (header + packed index, records
   *  decoded lazily), or over an in-memory index (its packed index, or an index built from its records) */
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
  index: SearchFiles | SearchIndexFile | SearchEngine,
  queries: string[],
  options: { typing?: boolean; limit?: number; clock?: () => number } = {},
): SearchBenchResult {
  const now = options.clock ?? (() => performance.now());
  // files given as text are encoded first: the page starts from bytes
  const input = index instanceof Map ? new Map([...index].map(([path, v]) => [path, bytesOf(v)])) : index;
  const t0 = now();
  const engine = input instanceof Map ? engineFromFiles(input) : 'search' in input ? input : createSearchEngine(input);
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
