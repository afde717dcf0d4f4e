/**
 * Loads the search engine once per page, on first use: the index files and the engine module (with fuse.js)
 * in parallel. /search-index.txt starts with a small header naming the record files; they are requested as
 * soon as that first line has arrived, so three or four downloads run side by side, each gzipped and inflated
 * here as it streams in (docs/search.md). The
 * inverted index ships prebuilt and records are decoded one by one when a query needs them, so first use costs
 * the downloads, not an index build or a parse of every record. Every fetched file is also kept in the Cache
 * API when the browser offers it, so a page opened later without network still searches. Performance marks
 * hindsight:search-load, -fetched (files downloaded, module loaded and warmed up) and -ready (engine created)
 * time each step.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import { INDEX_PATH, readHeader, type SearchHeader } from '../../lib/search/files.ts';

const CACHE = 'hindsight-search-v2';
const OLD_CACHES = ['hindsight-search-v1'];
let loading: Promise<SearchEngine> | null = null;

interface Fetched {
  index: Uint8Array;
  records: Uint8Array[];
}

/** Keeps the files (inflated) for offline use, once the page is idle (not while first results are on their way). */
function cacheLater(files: Map<string, Uint8Array>): void {
  if (!('caches' in window)) return;
  const put = () => void caches.open(CACHE)
    .then((c) => Promise.all([...files].map(([url, bytes]) => c.put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'text/plain; charset=utf-8' } })))))
    .then(() => Promise.all(OLD_CACHES.map((name) => caches.delete(name))))
    .catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(put, { timeout: 2000 });
  else setTimeout(put, 500);
}

/**
 * A search file's contents as they stream in: its gzipped copy inflated in the page where the browser can
 * (1.3 MB instead of 8.3 MB at 10,000 reports cross from the network process into the page, which is the slow
 * part here, whatever the server compresses on the way), else the plain file.
 */
const GZIP = typeof DecompressionStream === 'function';
async function open(url: string): Promise<ReadableStream<Uint8Array>> {
  const response = await fetch(GZIP ? `${url}.gz` : url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  return GZIP ? response.body.pipeThrough(new DecompressionStream('gzip')) : response.body;
}

async function download(url: string): Promise<Uint8Array> {
  return new Uint8Array(await new Response(await open(url)).arrayBuffer());
}

const join = (parts: Uint8Array[], length: number) => {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

/** The index, read as it streams in: the record files are requested once its header line is there. */
async function fetchFiles(): Promise<Fetched> {
  const reader = (await open(INDEX_PATH)).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let header: SearchHeader | null = null;
  let records: Promise<Uint8Array[]> | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
    if (!header && value.includes(10)) {
      header = readHeader(join(parts, length));
      const urls = header!.files.map((f) => f.url);
      records = Promise.all(urls.map(download));
      records.catch(() => undefined); // awaited below; a failure there falls back to the cache
    }
  }
  if (!records) throw new Error(`${INDEX_PATH}: no header`);
  const index = join(parts, length);
  return { index, records: await records };
}

async function fromCache(): Promise<Fetched | null> {
  if (!('caches' in window)) return null;
  const bytes = async (url: string) => {
    const hit = await caches.match(url, { cacheName: CACHE });
    if (!hit) throw new Error(`${url}: not cached`);
    return new Uint8Array(await hit.arrayBuffer());
  };
  try {
    const index = await bytes(INDEX_PATH);
    const header = readHeader(index);
    return header ? { index, records: await Promise.all(header.files.map((f) => bytes(f.url))) } : null;
  } catch {
    return null;
  }
}

async function loadFiles(): Promise<Fetched> {
  try {
    const fetched = await fetchFiles();
    const header = readHeader(fetched.index)!;
    cacheLater(new Map([[INDEX_PATH, fetched.index], ...header.files.map((f, k) => [f.url, fetched.records[k]] as [string, Uint8Array])]));
    return fetched;
  } catch (error) {
    const cached = await fromCache();
    if (cached) return cached;
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
  // the engine module arrives long before the index: it warms up (compiles its code paths) meanwhile
  loading = Promise.all([loadFiles(), import('../../lib/search/engine.ts').then((engine) => (engine.warmUp(), engine))])
    .then(([files, engine]) => {
      performance.mark('hindsight:search-fetched');
      const created = engine.openSearchEngine(files.index, files.records);
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
