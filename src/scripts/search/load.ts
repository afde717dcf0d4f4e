/**
 * Loads the search engine once per page, on first use: the index (/search-index.json) and the engine module
 * (with fuse.js) in parallel. The fetched index is also kept in the Cache API when the browser offers it, so
 * a page opened later without network still searches. Performance marks hindsight:search-load, -fetched
 * (index parsed, module loaded) and -ready (inverted index built) time each step.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import type { SearchIndexFile } from '../../lib/search/records.ts';

const INDEX_URL = '/search-index.json';
const CACHE = 'hindsight-search-v1';
let loading: Promise<SearchEngine> | null = null;

async function fetchIndex(): Promise<SearchIndexFile> {
  try {
    const response = await fetch(INDEX_URL);
    if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
    if ('caches' in window) {
      const copy = response.clone();
      void caches.open(CACHE).then((c) => c.put(INDEX_URL, copy)).catch(() => undefined);
    }
    return (await response.json()) as SearchIndexFile;
  } catch (error) {
    const cached = 'caches' in window ? await caches.match(INDEX_URL).catch(() => undefined) : undefined;
    if (cached) return (await cached.json()) as SearchIndexFile;
    throw error;
  }
}

export function loadSearchEngine(): Promise<SearchEngine> {
  performance.mark('hindsight:search-load');
  loading ??= Promise.all([fetchIndex(), import('../../lib/search/engine.ts')])
    .then(([index, engine]) => {
      performance.mark('hindsight:search-fetched');
      const created = engine.createSearchEngine(index);
      performance.mark('hindsight:search-ready');
      return created;
    })
    .catch((error: unknown) => {
      loading = null; // let the next keystroke try again
      throw error;
    });
  return loading;
}
