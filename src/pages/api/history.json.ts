import type { APIRoute } from 'astro';
import { toHistoryData } from '../../lib/history-filter.ts';
import { getNames, getPostmortems } from '../../queries.ts';

/** Compact rows for the history page's filters (see src/lib/history-filter.ts). */
export const GET: APIRoute = async () => {
  const names = await getNames();
  const rows = (await getPostmortems()).map((pm) => ({ id: pm.id, ...pm.data }));
  return new Response(JSON.stringify(toHistoryData(rows, names.category, names.technology)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
