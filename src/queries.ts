/**
 * Every collection query of the site, in one place. Cross-page aggregates (positions, facets, related-incident
 * index, per-category and per-technology lists, statistics) are computed once per build and memoised here, so a
 * postmortem page costs its own rendering and a few lookups, not a pass over every postmortem.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FIX_CONCEPTS, SYMPTOM_CONCEPTS, matchConcepts } from './lib/concepts.ts';
import type { Bilingual } from './lib/i18n.ts';
import { buildRelatedIndex, explainRelated, type RelatedIndex } from './lib/related.ts';
import { bucketMinutes, countPerPeriod, countRecurring, countValues, quantile, RESOLVE_BUCKETS, type Recurring } from './lib/stats.ts';

export type PostmortemEntry = CollectionEntry<'postmortems'>;
export type CategoryData = CollectionEntry<'categories'>['data'];
export interface TechnologyInfo {
  id: string;
  name: string;
  aliases: string[];
  /** False for ids used by a postmortem but missing from content/technologies.yaml. */
  known: boolean;
  count: number;
}

interface Site {
  postmortems: PostmortemEntry[];
  position: Map<string, number>;
  categories: (CategoryData & { count: number })[];
  categoryById: Map<string, CategoryData>;
  technologies: TechnologyInfo[];
  technologyById: Map<string, TechnologyInfo>;
  byCategory: Map<string, number[]>;
  byTechnology: Map<string, number[]>;
  symptomTerms: string[][];
  related: RelatedIndex;
}

let memo: Promise<Site> | undefined;
/** The whole site's data, loaded once per build (reloaded on every call in dev, where content changes). */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return loadSite();
  return (memo ??= loadSite());
}

const newestFirst = (a: PostmortemEntry, b: PostmortemEntry) =>
  (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);

function groupBy(postmortems: PostmortemEntry[], key: (pm: PostmortemEntry) => readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  postmortems.forEach((pm, i) => {
    for (const k of new Set(key(pm))) {
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(i);
    }
  });
  return groups;
}

async function loadSite(): Promise<Site> {
  const [all, cats, techs] = await Promise.all([getCollection('postmortems'), getCollection('categories'), getCollection('technologies')]);
  const postmortems = all.sort(newestFirst);
  const byCategory = groupBy(postmortems, (pm) => pm.data.categories);
  const byTechnology = groupBy(postmortems, (pm) => pm.data.technologies);
  const categories = cats.map((c) => ({ ...c.data, count: byCategory.get(c.data.id)?.length ?? 0 }));
  const technologyById = new Map<string, TechnologyInfo>();
  for (const t of techs) technologyById.set(t.data.id, { ...t.data, known: true, count: byTechnology.get(t.data.id)?.length ?? 0 });
  for (const [id, list] of byTechnology) if (!technologyById.has(id)) technologyById.set(id, { id, name: id, aliases: [], known: false, count: list.length });
  const technologies = [...technologyById.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const symptomTerms = postmortems.map((pm) => matchConcepts([pm.data.title, ...pm.data.symptoms], SYMPTOM_CONCEPTS));
  const related = buildRelatedIndex(postmortems.map((pm, i) => ({ categories: pm.data.categories, technologies: pm.data.technologies, terms: symptomTerms[i] })));
  return {
    postmortems,
    position: new Map(postmortems.map((pm, i) => [pm.id, i])),
    categories,
    categoryById: new Map(cats.map((c) => [c.data.id, c.data])),
    technologies,
    technologyById,
    byCategory,
    byTechnology,
    symptomTerms,
    related,
  };
}

/** Newest first; undated incidents last, by title. */
export async function getPostmortems(): Promise<PostmortemEntry[]> {
  return (await getSite()).postmortems;
}

/** The collections' entries, as Astro gives them. */
export const getCategories = () => getCollection('categories');
export const getTechnologies = () => getCollection('technologies');
/** Every category of the taxonomy with its incident count. */
export const getCategoryList = async () => (await getSite()).categories;
/** Every technology of the dictionary, and any other used by a postmortem, with counts (most used first). */
export const getTechnologyList = async () => (await getSite()).technologies;

/** Rows per page of the history. */
export const HISTORY_PAGE_SIZE = 50;

export const postmortemUrl = (id: string) => `/postmortems/${id}/`;
export const categoryUrl = (id: string) => `/categories/${id}/`;
export const technologyUrl = (id: string) => `/technologies/${id}/`;

/** Names for ids, in both languages; unknown ids fall back to themselves. */
export async function getNames() {
  const site = await getSite();
  return {
    category: (id: string): Bilingual => site.categoryById.get(id)?.name ?? { en: id, zh: id },
    technology: (id: string): string => site.technologyById.get(id)?.name ?? id,
  };
}

export interface RelatedView {
  pm: PostmortemEntry;
  score: number;
  reasons: Bilingual[];
}

/** The neighbours in history order and the related incidents of one postmortem. */
export async function getPostmortemContext(id: string) {
  const site = await getSite();
  const names = await getNames();
  const i = site.position.get(id)!;
  const term = (lang: 'en' | 'zh') => (t: string) => SYMPTOM_CONCEPTS.find((c) => c.id === t)?.[lang] ?? t;
  const related: RelatedView[] = site.related.relatedTo(i, 5).map((m) => {
    const reasonsIn = (lang: 'en' | 'zh') =>
      explainRelated(m, { category: (c) => names.category(c)[lang], technology: names.technology, term: term(lang) }, lang === 'en' ? { sameCause: 'same cause', also: 'also' } : { sameCause: '同样原因', also: '同样涉及' });
    const en = reasonsIn('en'), zh = reasonsIn('zh');
    return { pm: site.postmortems[m.index], score: m.score, reasons: en.map((r, k) => ({ en: r, zh: zh[k] })) };
  });
  return { newer: site.postmortems[i - 1], older: site.postmortems[i + 1], related };
}

export interface GroupView {
  incidents: PostmortemEntry[];
  total: number;
  recurringSymptoms: Recurring[];
  recurringFixes: Recurring[];
  /** Other categories seen on the same incidents (co-occurrence), and the taxonomy's declared relations. */
  coCategories: { id: string; count: number }[];
  coTechnologies: { id: string; count: number }[];
}

const groupMemo = new Map<string, GroupView>();

/** What a category or technology page shows: its latest incidents and what recurs across all of them. */
export async function getGroup(kind: 'category' | 'technology', id: string, latest = 50): Promise<GroupView> {
  const key = `${kind}:${id}`;
  const hit = groupMemo.get(key);
  if (hit) return hit;
  const site = await getSite();
  const members = ((kind === 'category' ? site.byCategory : site.byTechnology).get(id) ?? []).map((i) => site.postmortems[i]);
  const view: GroupView = {
    incidents: members.slice(0, latest),
    total: members.length,
    recurringSymptoms: countRecurring(members.map((pm) => pm.data.symptoms), SYMPTOM_CONCEPTS),
    recurringFixes: countRecurring(members.map((pm) => pm.data.fixes), FIX_CONCEPTS),
    coCategories: countValues(members.map((pm) => pm.data.categories)).filter((v) => kind !== 'category' || v.value !== id).map(({ value, count }) => ({ id: value, count })),
    coTechnologies: countValues(members.map((pm) => pm.data.technologies)).filter((v) => kind !== 'technology' || v.value !== id).map(({ value, count }) => ({ id: value, count })),
  };
  groupMemo.set(key, view);
  return view;
}

/** Filter options of the history page with their counts over every postmortem. */
export async function getHistoryFacets() {
  const site = await getSite();
  const years = countValues(site.postmortems.map((pm) => [pm.data.date?.slice(0, 4) ?? 'undated'])).sort((a, b) => b.value.localeCompare(a.value));
  const statuses = countValues(site.postmortems.map((pm) => [pm.data.status]));
  return {
    total: site.postmortems.length,
    categories: site.categories.filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
    technologies: site.technologies.filter((t) => t.count > 0),
    years,
    statuses,
  };
}

/**
 * Where "edit this file" points: HINDSIGHT_EDIT_URL + the file's path (e.g. a repository's edit URL) when set,
 * else the file in a local editor (vscode://file/…).
 */
export function editUrl(filePath: string): string {
  const base = process.env.HINDSIGHT_EDIT_URL;
  if (base) return `${base.replace(/\/?$/, '/')}${filePath}`;
  return `vscode://file/${process.cwd().replace(/\\/g, '/')}/${filePath}`;
}

let statsMemo: Promise<ReturnType<typeof computeStats>> | undefined;
/** Everything /stats/ shows, computed once. */
export function getStats() {
  return (statsMemo ??= getSite().then(computeStats));
}

function computeStats(site: Site) {
  const pms = site.postmortems;
  const resolve = pms.map((pm) => pm.data.time_to_resolve_minutes).filter((m): m is number => m !== null);
  const detect = pms.map((pm) => pm.data.time_to_detect_minutes).filter((m): m is number => m !== null);
  const buckets = bucketMinutes(resolve);
  return {
    total: pms.length,
    undated: pms.filter((pm) => !pm.data.date).length,
    perCategory: site.categories.filter((c) => c.count > 0).sort((a, b) => b.count - a.count).map((c) => ({ id: c.id, name: c.name, count: c.count })),
    uncategorised: pms.filter((pm) => pm.data.categories.length === 0).length,
    perPeriod: countPerPeriod(pms.map((pm) => pm.data.date)),
    resolve: { n: resolve.length, median: quantile(resolve, 0.5), p90: quantile(resolve, 0.9), buckets: RESOLVE_BUCKETS.map((b, i) => ({ en: b.en, zh: b.zh, count: buckets[i] })) },
    detect: { n: detect.length, median: quantile(detect, 0.5) },
    symptoms: countRecurring(pms.map((pm) => pm.data.symptoms), SYMPTOM_CONCEPTS, 15),
    statuses: countValues(pms.map((pm) => [pm.data.status])),
  };
}
