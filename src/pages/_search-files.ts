/**
 * The shipped search files (src/lib/search/files.ts), built once per build from src/queries.ts and shared by
 * the endpoints that write them: /search-index.txt and /search-records-<k>.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CONTENT_DIR } from '../content-dir.ts';
import { packSearchFiles } from '../lib/search/files.ts';
import { buildSearchIndex } from '../lib/search/records.ts';
import { parseSynonyms } from '../lib/search/synonyms-file.ts';
import { getCategories, getPostmortems } from '../queries.ts';

let built: Promise<Map<string, string>> | null = null;

export function searchFiles(): Promise<Map<string, string>> {
  built ??= (async () => {
    const file = existsSync(`${CONTENT_DIR}/synonyms.yaml`) ? `${CONTENT_DIR}/synonyms.yaml` : 'content/synonyms.yaml';
    const [postmortems, categories] = await Promise.all([getPostmortems(), getCategories()]);
    // by id, so the index does not change when only dates change; a copy: the site's list is shared
    const byId = [...postmortems].sort((a, b) => a.id.localeCompare(b.id));
    const index = buildSearchIndex(byId.map((pm) => ({ id: pm.id, body: pm.body, data: pm.data })), {
      categories: categories.map((c) => c.data),
      synonyms: parseSynonyms(readFileSync(file, 'utf8')),
    });
    return packSearchFiles(index);
  })();
  return built;
}

export const textResponse = (body: string) => new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
