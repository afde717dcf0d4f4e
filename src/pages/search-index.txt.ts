import type { APIRoute } from 'astro';
import { INDEX_PATH } from '../lib/search/files.ts';
import { searchFiles, textResponse } from './_search-files.ts';

/** The search index header + packed inverted index (docs/search.md): fetched on first use, never inlined in a page. */
export const GET: APIRoute = async () => textResponse((await searchFiles()).get(INDEX_PATH)!);
