import type { APIRoute, GetStaticPaths } from 'astro';
import { recordsPath } from '../lib/search/files.ts';
import { searchFiles, textResponse } from './_search-files.ts';

/** The search records, a line each, in files of ≈ 2.5 MB fetched side by side on first use (docs/search.md). */
export const getStaticPaths = (async () => {
  const files = await searchFiles();
  const paths: { params: { k: string } }[] = [];
  for (let k = 0; files.has(recordsPath(k)); k++) paths.push({ params: { k: String(k) } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => textResponse((await searchFiles()).get(recordsPath(Number(params.k)))!);
