import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex } from '../lib/search/records.ts';
import { parseSynonyms } from '../lib/search/synonyms-file.ts';

/** The slim search index (docs/search.md): fetched by the search box on first use, never inlined in a page. */
export const GET: APIRoute = async () => {
  const dir = process.env.HINDSIGHT_CONTENT ?? 'content';
  const file = existsSync(`${dir}/synonyms.yaml`) ? `${dir}/synonyms.yaml` : 'content/synonyms.yaml';
  const [postmortems, categories] = await Promise.all([getCollection('postmortems'), getCollection('categories')]);
  postmortems.sort((a, b) => a.id.localeCompare(b.id));
  const index = buildSearchIndex(postmortems.map((pm) => ({ id: pm.id, body: pm.body, data: pm.data })), {
    categories: categories.map((c) => c.data),
    synonyms: parseSynonyms(readFileSync(file, 'utf8')),
  });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
