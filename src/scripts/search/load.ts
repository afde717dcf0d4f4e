/**
 * Loads the search engine once per page, on first use: the index (/search-index.json) and the engine module
 * (with fuse.js) in parallel. The index file carries the inverted index prebuilt (docs/search.md), so first use
 * costs a JSON parse, not an index build. The fetched index is also kept in the Cache API when the browser offers it, so
 * a page opened later without network still searches. Performance marks hindsight:search-load, -fetched
 * (index parsed, module loaded and warmed up) and -ready (engine created over the packed index) time each step.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import type { SearchIndexFile } from '../../lib/search/records.ts';

const INDEX_URL = '/search-index.json';
const CACHE = 'hindsight-search-v1';
let loading: Promise<SearchEngine> | null = null;

/** Keeps the index text for offline use, once the page is idle (not while first results are on their way). */
function cacheLater(text: string): void {
  if (!('caches' in window)) return;
  const put = () => void caches.open(CACHE)
    .then((c) => c.put(INDEX_URL, new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } })))
    .catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(put, { timeout: 2000 });
  else setTimeout(put, 500);
}

async function fetchIndex(): Promise<SearchIndexFile> {
  try {
    const response = await fetch(INDEX_URL);
    if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
    const text = await response.text();
    const index = JSON.parse(text) as SearchIndexFile;
    cacheLater(text);
    return index;
  } catch (error) {
    const cached = 'caches' in window ? await caches.match(INDEX_URL).catch(() => undefined) : undefined;
    if (cached) return (await cached.json()) as SearchIndexFile;
    throw error;
  }
}

/** Postings are decoded on first lookup; the rest are decoded in idle time so later keystrokes do not wait. */
function decodeWhenIdle(engine: SearchEngine): void {
  if (!('requestIdleCallback' in window)) return;
  const step = (deadline: IdleDeadline) => {
    if (!engine.idle(() => deadline.timeRemaining() > 2)) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}

export function loadSearchEngine(): Promise<SearchEngine> {
  performance.mark('hindsight:search-load');
  // the engine module arrives long before the index: it warms up (compiles its code paths) meanwhile
  loading ??= Promise.all([fetchIndex(), import('../../lib/search/engine.ts').then((engine) => (engine.warmUp(), engine))])
    .then(([index, engine]) => {
      performance.mark('hindsight:search-fetched');
      const created = engine.createSearchEngine(index);
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
