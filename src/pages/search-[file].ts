import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from './_search-files.ts';

/**
 * The shipped search files (docs/search.md): /search-index.txt and /search-records-<k>.txt, each also gzipped
 * (`.gz`, what the page fetches and inflates itself). Fetched on first use of search, never inlined in a page.
 */
export const getStaticPaths = (async () => [...(await searchFiles()).keys()].map((path) => ({ params: { file: path.replace(/^\/search-/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const path = `/search-${params.file}`;
  const body = (await searchFiles()).get(path);
  if (body === undefined) return new Response('not found', { status: 404 });
  const type = path.endsWith('.gz') ? 'application/gzip' : 'text/plain; charset=utf-8';
  return new Response(body as BodyInit, { headers: { 'content-type': type } });
};
