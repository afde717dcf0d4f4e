import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPostmortems, postmortemUrl } from '../queries.ts';

export async function GET(context: APIContext) {
  const all = await getPostmortems();
  return rss({
    title: 'Hindsight: incident postmortems',
    description: 'New and updated postmortems',
    site: context.site ?? 'http://localhost:4321',
    items: all.map((pm) => ({
      title: pm.data.title,
      link: postmortemUrl(pm.id),
      pubDate: pm.data.date ? new Date(`${pm.data.date}T00:00:00Z`) : undefined,
      description: pm.data.summary || pm.data.symptoms[0] || '',
    })),
  });
}
