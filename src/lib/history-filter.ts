/**
 * The history page's data and filters, shared by the build (which writes /api/history.json) and the browser
 * (which filters without a reload). Rows are compact tuples with indexes into the vocabularies, so 10,000
 * incidents stay a small download.
 */
export const FACETS = ['category', 'technology', 'year', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string>>;

/** [id, date, title, status, category indexes, technology indexes, first symptom, severity] */
export type HistoryRow = [string, string | null, string, string, number[], number[], string, string];

export interface HistoryData {
  categories: { id: string; en: string; zh: string }[];
  technologies: { id: string; name: string }[];
  rows: HistoryRow[];
}

export interface HistoryInput {
  id: string;
  date: string | null;
  title: string;
  status: string;
  severity: string;
  categories: readonly string[];
  technologies: readonly string[];
  symptoms: readonly string[];
  summary: string;
}

export function toHistoryData(
  items: readonly HistoryInput[],
  categoryName: (id: string) => { en: string; zh: string },
  technologyName: (id: string) => string,
): HistoryData {
  const cats = new Map<string, number>();
  const techs = new Map<string, number>();
  const indexIn = (map: Map<string, number>, id: string) => map.get(id) ?? (map.set(id, map.size), map.size - 1);
  const rows = items.map((p): HistoryRow => [
    p.id,
    p.date,
    p.title,
    p.status,
    p.categories.map((c) => indexIn(cats, c)),
    p.technologies.map((t) => indexIn(techs, t)),
    firstSymptom(p),
    p.severity,
  ]);
  return {
    categories: [...cats.keys()].map((id) => ({ id, ...categoryName(id) })),
    technologies: [...techs.keys()].map((id) => ({ id, name: technologyName(id) })),
    rows,
  };
}

/** The line shown under a title: the first symptom, else the start of the summary. */
export function firstSymptom(p: Pick<HistoryInput, 'symptoms' | 'summary'>, max = 160): string {
  const text = (p.symptoms[0] ?? p.summary ?? '').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

const yearOf = (row: HistoryRow) => row[1]?.slice(0, 4) ?? 'undated';

function valuesOf(data: HistoryData, row: HistoryRow, facet: Facet): string[] {
  if (facet === 'category') return row[4].map((i) => data.categories[i].id);
  if (facet === 'technology') return row[5].map((i) => data.technologies[i].id);
  if (facet === 'year') return [yearOf(row)];
  return [row[3]];
}

function matchesExcept(data: HistoryData, row: HistoryRow, filters: Filters, except?: Facet): boolean {
  return FACETS.every((f) => f === except || !filters[f] || valuesOf(data, row, f).includes(filters[f]!));
}

export function filterRows(data: HistoryData, filters: Filters): HistoryRow[] {
  return data.rows.filter((row) => matchesExcept(data, row, filters));
}

/** For each facet, how many rows each value would give with the other active filters kept ('' = any value). */
export function facetCounts(data: HistoryData, filters: Filters): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const row of data.rows) {
    for (const f of FACETS) {
      if (!matchesExcept(data, row, filters, f)) continue;
      counts[f].set('', (counts[f].get('') ?? 0) + 1);
      for (const v of new Set(valuesOf(data, row, f))) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    }
  }
  return counts;
}

/** Filters from a query string (?category=…&year=…); unknown keys and empty values are ignored. */
export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const out: Filters = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) out[f] = v;
  }
  return out;
}

export function writeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (filters[f]) params.set(f, filters[f]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}
