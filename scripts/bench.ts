/**
 * npm run bench [-- --quick] [--sizes 1000,10000] [--no-build]
 * Generates synthetic corpora under .bench/ (src/lib/bench/generate.ts, seeded, never committed), runs the real
 * commands on them (ingest cold and re-run, astro build with its own content folder and cache), measures the
 * search index and pages of the built site, and prints one markdown table plus the machine it ran on.
 * Results are also written to .bench/results.json. --quick: 1,000 reports only (CI).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { GENERATOR_VERSION, generateReports } from '../src/lib/bench/generate.ts';
import { extractorVersion } from './lib/generated.ts';
import { benchBrowserSearch } from './bench/browser-search.ts';
import { measure } from './bench/measure.ts';
import { pageWeight, type PageWeight } from './bench/page-weight.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [1000] : [1000, 10_000];
const node = process.execPath;
const BENCH = '.bench';
const SEED = 20_261_121;

interface Row {
  n: number;
  ingestCold: { seconds: number; perSecond: number; cpuMsPerReport: number | null; peakMb: number | null; summary: string };
  ingestRerun: { seconds: number; peakMb: number | null; summary: string };
  build: { seconds: number; msPerPage: number; cpuSeconds: number | null; peakMb: number | null; pages: number; ok: boolean } | null;
  index: { raw: number; gzip: number } | null;
  search: { p50: number; p95: number; typingP95: number; buildMs: number } | string;
  browserSearch: Awaited<ReturnType<typeof benchBrowserSearch>>;
  pages: Record<string, PageWeight | null>;
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.versions.node}`;
const load = () => loadavg()[0].toFixed(1);
console.error(`bench on ${machine}; load average ${load()}`);
const loadBefore = load();
const rows: Row[] = [];
for (const n of sizes) rows.push(await benchSize(n));
const table = renderTable(rows);
console.log(`\n${table}\n\nMachine: ${machine}. Load average (1 min) ${loadBefore} before, ${load()} after: other work on the machine inflates wall times.`);
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`);

async function benchSize(n: number): Promise<Row> {
  const dir = join(BENCH, String(n));
  const raw = join(dir, 'raw');
  const content = join(dir, 'content');
  const out = join(content, 'postmortems');
  const site = join(dir, 'site');
  // 1. corpus (regenerated only when missing, or from another seed or generator version)
  const marker = join(raw, '.seed');
  const stamp = `${SEED}/${GENERATOR_VERSION}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    rmSync(raw, { recursive: true, force: true });
    mkdirSync(raw, { recursive: true });
    console.error(`[${n}] generating ${n} reports`);
    for (const r of generateReports(n, SEED)) writeFileSync(join(raw, r.name), r.text);
    writeFileSync(marker, stamp);
  }
  rmSync(content, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync('content').filter((x) => x.endsWith('.yaml'))) cpSync(join('content', f), join(content, f));

  // 2. ingest cold, then again on unchanged input
  console.error(`[${n}] ingest cold`);
  // one extractor version for both runs: others editing src/lib meanwhile must not turn the re-run into a cold run
  const pin = { HINDSIGHT_EXTRACTOR_VERSION: `bench-${extractorVersion('content')}` };
  const cold = await measure(node, ['scripts/ingest.ts', '--in', raw, '--out', out], pin);
  console.error(`[${n}] ingest re-run`);
  const again = await measure(node, ['scripts/ingest.ts', '--in', raw, '--out', out], pin);
  const written = readdirSync(out).filter((f) => f.endsWith('.md')).length;

  // 3. build with its own cache, so the real content's cache is neither reused nor overwritten
  let build: Row['build'] = null;
  if (!values['no-build']) {
    console.error(`[${n}] astro build`);
    rmSync(site, { recursive: true, force: true });
    rmSync(join(dir, 'cache'), { recursive: true, force: true });
    const b = await measure(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site, '--silent'], { HINDSIGHT_CONTENT: content, HINDSIGHT_CACHE_DIR: join(dir, 'cache') });
    if (b.code !== 0) console.error(`[${n}] build failed:\n${b.stderr.split('\n').slice(-15).join('\n')}`);
    const pages = existsSync(join(site, 'postmortems')) ? readdirSync(join(site, 'postmortems')).length : 0;
    build = { seconds: b.seconds, msPerPage: (b.seconds * 1000) / Math.max(1, written), cpuSeconds: b.cpuSeconds, peakMb: b.peakMb, pages, ok: b.code === 0 };
  }

  // 4. the built site: search index, search latency, page weights
  // the shipped search files: /search-index.txt and /search-records-<k>.txt (src/lib/search/files.ts)
  const searchFiles = existsSync(site) ? readdirSync(site).filter((f) => /^search-(index|records-\d+)\.txt$/.test(f)) : [];
  let index: Row['index'] = null;
  let search: Row['search'] = 'n/a: no built search index';
  if (build?.ok && searchFiles.length) {
    const files = new Map(searchFiles.map((f) => [`/${f}`, new Uint8Array(readFileSync(join(site, f)))]));
    index = { raw: 0, gzip: 0 };
    for (const bytes of files.values()) { index.raw += bytes.length; index.gzip += gzipSync(bytes, { level: 9 }).length; }
    search = await benchSearchIndex(files);
  }
  console.error(`[${n}] search in chromium`);
  const browserSearch = build?.ok ? await benchBrowserSearch(site) : 'n/a: no built site';
  const firstPostmortem = existsSync(join(site, 'postmortems')) ? readdirSync(join(site, 'postmortems')).sort()[0] : '';
  const pages = {
    history: pageWeight(site, 'index.html'),
    postmortem: firstPostmortem ? pageWeight(site, `postmortems/${firstPostmortem}/index.html`) : null,
    search: pageWeight(site, 'search/index.html'),
  };
  const summary = (s: string) => s.trim().split('\n').pop() ?? '';
  return {
    n,
    ingestCold: { seconds: cold.seconds, perSecond: n / cold.seconds, cpuMsPerReport: cold.cpuSeconds === null ? null : (cold.cpuSeconds * 1000) / n, peakMb: cold.peakMb, summary: summary(cold.stdout) },
    ingestRerun: { seconds: again.seconds, peakMb: again.peakMb, summary: summary(again.stdout) },
    build,
    index,
    search,
    browserSearch,
    pages,
  };
}

/** The search engine's own bench (src/lib/search/bench.ts, from the search issue) over the built index. */
async function benchSearchIndex(index: Map<string, Uint8Array>): Promise<Row['search']> {
  try {
    const { benchSearch } = await import('../src/lib/search/bench.ts');
    const { BENCH_QUERIES } = await import('../src/lib/search/synthetic.ts');
    const full = benchSearch(index, BENCH_QUERIES);
    const typing = benchSearch(index, BENCH_QUERIES, { typing: true });
    return { p50: full.p50, p95: full.p95, typingP95: typing.p95, buildMs: full.buildMs };
  } catch (error) {
    return `n/a: ${(error as Error).message.split('\n')[0]}`;
  }
}

function renderTable(list: Row[]): string {
  const kb = (b: number) => (b >= 1048576 ? `${(b / 1048576).toFixed(2)} MB` : `${(b / 1024).toFixed(0)} KB`);
  const mem = (mb: number | null) => (mb === null ? 'n/a' : mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb} MB`);
  const weight = (w: PageWeight | null) => (w ? `${kb(w.html)} / ${kb(w.js)}${w.lazyJs ? ` (+${kb(w.lazyJs)} lazy)` : ''}` : 'n/a');
  const cell = (r: Row, f: (r: Row) => string) => f(r);
  const lines: [string, (r: Row) => string, string][] = [
    ['ingest, cold (reports/s)', (r) => `${r.ingestCold.perSecond.toFixed(0)} (${r.ingestCold.seconds.toFixed(1)} s)`, '≥ 1,000/s'],
    ['ingest, cold: CPU per report (ms)', (r) => (r.ingestCold.cpuMsPerReport === null ? 'n/a' : r.ingestCold.cpuMsPerReport.toFixed(1)), '≤ 2 ms on 2 cores'],
    ['ingest, re-run unchanged (s)', (r) => r.ingestRerun.seconds.toFixed(2), '< 2 s at 10,000'],
    ['ingest peak memory', (r) => mem(r.ingestCold.peakMb), ''],
    ['build (s), wall / CPU', (r) => (r.build ? `${r.build.seconds.toFixed(1)} / ${r.build.cpuSeconds?.toFixed(1) ?? 'n/a'}${r.build.ok ? '' : ' FAILED'}` : 'skipped'), ''],
    ['build per postmortem page (ms)', (r) => (r.build ? r.build.msPerPage.toFixed(1) : 'skipped'), '≤ 10 ms'],
    ['build peak memory', (r) => (r.build ? mem(r.build.peakMb) : 'skipped'), '≤ 4 GB'],
    ['search index raw / gzip', (r) => (r.index ? `${kb(r.index.raw)} / ${kb(r.index.gzip)}` : 'n/a'), '≤ 2 MB gzip'],
    ['search p50 / p95, Node (ms)', (r) => (typeof r.search === 'string' ? r.search : `${r.search.p50} / ${r.search.p95} (typing p95 ${r.search.typingP95}; engine build ${r.search.buildMs})`), ''],
    ['typing → results painted, chromium (ms)', (r) => (typeof r.browserSearch === 'string' ? r.browserSearch : `p50 ${r.browserSearch.p50} / p95 ${r.browserSearch.p95} (${r.browserSearch.keystrokes} keys); load → first results ${r.browserSearch.loadToUsable}`), 'p95 ≤ 100 ms'],
    ['history page HTML / JS', (r) => weight(r.pages.history), 'HTML ≤ 200 KB'],
    ['postmortem page HTML / JS', (r) => weight(r.pages.postmortem), ''],
    ['search page HTML / JS', (r) => weight(r.pages.search), ''],
  ];
  const head = `| | ${list.map((r) => `${r.n.toLocaleString('en')} reports`).join(' | ')} | target |`;
  const sep = `| --- | ${list.map(() => '---').join(' | ')} | --- |`;
  return [head, sep, ...lines.map(([name, f, target]) => `| ${name} | ${list.map((r) => cell(r, f)).join(' | ')} | ${target} |`)].join('\n');
}
