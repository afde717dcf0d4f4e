/** Every collection query of the site, in one place. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type PostmortemEntry = CollectionEntry<'postmortems'>;

/** Newest first; undated incidents last, by title. */
export async function getPostmortems(): Promise<PostmortemEntry[]> {
  const all = await getCollection('postmortems');
  return all.sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title));
}

export const getCategories = () => getCollection('categories');
export const getTechnologies = () => getCollection('technologies');

export function postmortemUrl(id: string): string {
  return `/postmortems/${id}/`;
}
