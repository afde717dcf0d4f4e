import type { APIRoute } from 'astro';
import { getPostmortems, postmortemUrl } from '../../queries.ts';

/** Every postmortem's frontmatter plus its id and url. */
export const GET: APIRoute = async () => {
  const all = await getPostmortems();
  return new Response(JSON.stringify(all.map((pm) => ({ id: pm.id, url: postmortemUrl(pm.id), ...pm.data }))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
