import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { CONTENT_DIR } from '../content-dir.ts';
import { buildSearchIndex } from '../lib/search/records.ts';
import { parseSynonyms } from '../lib/search/synonyms-file.ts';
import { getCategories, getPostmortems } from '../queries.ts';

/** The slim search index (docs/search.md): fetched by the search box on first use, never inlined in a page. */
export const GET: APIRoute = async () => {
  const file = existsSync(`${CONTENT_DIR}/synonyms.yaml`) ? `${CONTENT_DIR}/synonyms.yaml` : 'content/synonyms.yaml';
  const [postmortems, categories] = await Promise.all([getPostmortems(), getCategories()]);
  // by id, so the index does not change when only dates change; a copy: the site's list is shared
  const byId = [...postmortems].sort((a, b) => a.id.localeCompare(b.id));
  const index = buildSearchIndex(byId.map((pm) => ({ id: pm.id, body: pm.body, data: pm.data })), {
    categories: categories.map((c) => c.data),
    synonyms: parseSynonyms(readFileSync(file, 'utf8')),
  });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
