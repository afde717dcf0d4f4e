/**
 * Loads the search engine once per page, on first use: the index files and the engine module (with fuse.js)
 * in parallel. /search-index.txt starts with a small header naming the record files; every page names them too
 * (written at build time), so they are requested with the index and three or four downloads run side by side,
 * each gzipped and inflated here as it streams in (docs/search.md). The inverted index ships prebuilt and records are decoded one by one
 * when a query needs them, so first use costs the downloads, not an index build or a parse of every record.
 * Every file is also kept in the Cache API, as downloaded (gzipped: 1.3 MB at 10,000 reports), so a page
 * opened later without network still searches. Performance marks hindsight:search-load, -fetched (files
 * downloaded, inflated and parsed or scanned as each arrived; module loaded and warmed up) and -ready (engine
 * created) time each step.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import { INDEX_PATH, lineStarts, packedIndexOf, readHeader, searchInput, type SearchHeader } from '../../lib/search/files.ts';
import type { SearchIndexFile } from '../../lib/search/records.ts';

const CACHE = 'hindsight-search-v2';
const OLD_CACHES = ['hindsight-search-v1'];
let loading: Promise<SearchEngine> | null = null;

/**
 * Where the files come from: the network, or the Cache API when the network fails. Where the browser can inflate
 * gzip, the `.gz` copy of each file is fetched (1.3 MB instead of 8.3 MB cross from the network process into
 * the page at 10,000 reports, which is the slow part here, whatever the server compresses on the way).
 */
const GZIP = typeof DecompressionStream === 'function';
const fetchedUrl = (path: string) => (GZIP ? `${path}.gz` : path);
type Source = (url: string) => Promise<Response | undefined>;
const network: Source = (url) => fetch(url);
const cached: Source = (url) => caches.match(url, { cacheName: CACHE });

interface Fetched {
  /** the engine's input: each file was parsed (index) or scanned for line starts (records) as soon as it arrived */
  input: SearchIndexFile;
  /** each file as downloaded, for the cache */
  raw: Map<string, Blob>;
}

/** A file's inflated bytes as they stream in; its bytes as downloaded are collected into raw. */
async function open(source: Source, path: string, raw: Map<string, Blob>): Promise<ReadableStream<Uint8Array>> {
  const url = fetchedUrl(path);
  const response = await source(url);
  if (!response?.ok || !response.body) throw new Error(`${url}: ${response ? `HTTP ${response.status}` : 'not cached'}`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const body = response.body.pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) { chunks.push(chunk); controller.enqueue(chunk); },
    flush() { raw.set(url, new Blob(chunks)); },
  }));
  return GZIP ? body.pipeThrough(new DecompressionStream('gzip')) : body;
}

async function download(source: Source, path: string, raw: Map<string, Blob>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(await open(source, path, raw)).arrayBuffer());
}

const join = (parts: Uint8Array[], length: number) => {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

/**
 * The index, read as it streams in, and the record files: requested with it when the page names them
 * (`data-search-records`, written at build time), else once its header line is there; a file the header names
 * and the page did not (a page from an older build) is requested then. requested() is called once the record
 * files are on their way.
 */
async function loadFiles(source: Source, requested = () => {}, named: string[] = []): Promise<Fetched> {
  const raw = new Map<string, Blob>();
  const opening = open(source, INDEX_PATH, raw); // requested first: its header decides
  const early = new Map(named.map((url) => [url, download(source, url, raw)]));
  for (const pending of early.values()) pending.catch(() => undefined); // awaited below, or dropped
  if (early.size) requested();
  const reader = (await opening).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let header: SearchHeader | null = null;
  let records: Promise<[Uint8Array, Int32Array][]> | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
    if (!header && value.includes(10)) {
      const files = (header = readHeader(join(parts, length))!).files;
      const late = files.filter((f) => !early.has(f.url));
      records = Promise.all(files.map((f, k) => (early.get(f.url) ?? download(source, f.url, raw)).then((bytes) => [bytes, lineStarts(bytes, f.n, k)] as [Uint8Array, Int32Array])));
      records.catch(() => undefined); // awaited below
      if (late.length && !early.size) requested();
    }
  }
  if (!header || !records) throw new Error(`${INDEX_PATH}: no header`);
  // the header was read as it arrived: only the packed index is left to parse
  const index = packedIndexOf(join(parts, length));
  const files = await records;
  return { input: searchInput(header, index, files.map((f) => f[0]), files.map((f) => f[1])), raw };
}

/** The record files this page's search box names (see loadFiles). */
function namedRecordFiles(): string[] {
  const names = document.querySelector<HTMLElement>('[data-search-records]')?.dataset.searchRecords ?? '';
  return names.split(' ').filter((url) => /^\/search-records-\d+\.txt$/.test(url));
}

/** Keeps the files as downloaded for offline use, once the page is idle (not while first results are on their way). */
function cacheLater(raw: Map<string, Blob>): void {
  if (!('caches' in window)) return;
  const put = () => void caches.open(CACHE)
    .then((c) => Promise.all([...raw].map(([url, blob]) => c.put(url, new Response(blob, { headers: { 'content-type': blob.type || 'application/octet-stream' } })))))
    .then(() => Promise.all(OLD_CACHES.map((name) => caches.delete(name))))
    .catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(put, { timeout: 2000 });
  else setTimeout(put, 500);
}

async function fetchFiles(requested: () => void): Promise<Fetched> {
  try {
    const fetched = await loadFiles(network, requested, namedRecordFiles());
    cacheLater(fetched.raw);
    return fetched;
  } catch (error) {
    if ('caches' in window) {
      const fallback = await loadFiles(cached, undefined, namedRecordFiles()).catch(() => null);
      if (fallback) return fallback;
    }
    throw error;
  }
}

/** Postings and records are decoded on first need; the rest in idle time so later keystrokes do not wait. */
function decodeWhenIdle(engine: SearchEngine): void {
  if (!('requestIdleCallback' in window)) return;
  const step = (deadline: IdleDeadline) => {
    if (!engine.idle(() => deadline.timeRemaining() > 2)) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}

export function loadSearchEngine(): Promise<SearchEngine> {
  if (loading) return loading;
  performance.mark('hindsight:search-load');
  // the engine module arrives long before the files: it warms up (compiles its code paths) meanwhile, but only
  // once the record files are requested — warming up first would hold the index's header line for 20–50 ms
  let requested!: () => void;
  const ready = new Promise<void>((resolve) => { requested = resolve; });
  const files = fetchFiles(requested).finally(requested);
  loading = Promise.all([files, import('../../lib/search/engine.ts').then(async (engine) => { await ready; engine.warmUp(); return engine; })])
    .then(([files, engine]) => {
      performance.mark('hindsight:search-fetched');
      const created = engine.createSearchEngine(files.input);
      performance.mark('hindsight:search-ready');
      decodeWhenIdle(created);
      return created;
    })
    .catch((error: unknown) => {
      loading = null; // let the next keystroke try again
      throw error;
    });
  return loading;
}
