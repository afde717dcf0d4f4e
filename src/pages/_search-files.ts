/**
 * The shipped search files (src/lib/search/files.ts, shipped.ts), built once per build from src/queries.ts for
 * the endpoint that writes them (search-[file].ts): /search-index.txt, /search-records-<k>.txt and their .gz.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CONTENT_DIR } from '../content-dir.ts';
import { readPostmortemBody } from '../loaders/postmortem-body.ts';
import { INDEX_PATH, readHeader } from '../lib/search/files.ts';
import { buildSearchIndex } from '../lib/search/records.ts';
import { shippedSearchFiles } from '../lib/search/shipped.ts';
import { parseSynonyms } from '../lib/search/synonyms-file.ts';
import { getCategories, getPostmortems } from '../queries.ts';

let built: Promise<Map<string, string | Uint8Array>> | null = null;

export function searchFiles(): Promise<Map<string, string | Uint8Array>> {
  built ??= (async () => {
    const file = existsSync(`${CONTENT_DIR}/synonyms.yaml`) ? `${CONTENT_DIR}/synonyms.yaml` : 'content/synonyms.yaml';
    const [postmortems, categories] = await Promise.all([getPostmortems(), getCategories()]);
    // by id, so the index does not change when only dates change; a copy: the site's list is shared
    const byId = [...postmortems].sort((a, b) => a.id.localeCompare(b.id));
    // the body is read from the file (the loader stores none) when a record needs it
    const index = buildSearchIndex(byId.map((pm) => ({ id: pm.id, body: pm.body ?? (pm.filePath ? readPostmortemBody(pm.filePath) : undefined), data: pm.data })), {
      categories: categories.map((c) => c.data),
      synonyms: parseSynonyms(readFileSync(file, 'utf8')),
    });
    return shippedSearchFiles(index);
  })();
  return built;
}

let recordUrls: Promise<string[]> | null = null;

/** The record files the index's header names, in order: what every page tells its search box to fetch (read once per build). */
export function recordFileUrls(): Promise<string[]> {
  recordUrls ??= searchFiles().then((files) => {
    const index = files.get(INDEX_PATH);
    const bytes = typeof index === 'string' ? new TextEncoder().encode(index.slice(0, index.indexOf('\n') + 1)) : index;
    return bytes ? (readHeader(bytes)?.files.map((f) => f.url) ?? []) : [];
  });
  return recordUrls;
}
