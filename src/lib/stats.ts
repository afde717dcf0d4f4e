/** Aggregates for the statistics, category and technology pages. Pure; inputs are plain arrays. */
import { matchConcepts, type Concept } from './concepts.ts';

/** Counts of each value across lists (an item counts once per list), most frequent first, then by value. */
export function countValues(lists: readonly (readonly string[])[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Incidents per month from the first to the last dated one, months without incidents included as 0. */
export function countPerMonth(dates: readonly (string | null)[]): { month: string; count: number }[] {
  const months = dates.filter((d): d is string => !!d).map((d) => d.slice(0, 7)).sort();
  if (!months.length) return [];
  const counts = new Map<string, number>();
  for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
  const out: { month: string; count: number }[] = [];
  let [y, m] = months[0].split('-').map(Number);
  const last = months.at(-1)!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/** Months, or years when the range is long (more than maxBars months), so a bar chart stays readable. */
export function countPerPeriod(dates: readonly (string | null)[], maxBars = 36): { label: string; count: number }[] {
  const months = countPerMonth(dates);
  if (months.length <= maxBars) return months.map((m) => ({ label: m.month, count: m.count }));
  const years = new Map<string, number>();
  for (const m of months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.count);
  return [...years].map(([label, count]) => ({ label, count }));
}

export const RESOLVE_BUCKETS = [
  { max: 15, en: '< 15 min', zh: '< 15 分钟' },
  { max: 60, en: '15–60 min', zh: '15–60 分钟' },
  { max: 240, en: '1–4 h', zh: '1–4 小时' },
  { max: 1440, en: '4–24 h', zh: '4–24 小时' },
  { max: 7 * 1440, en: '1–7 d', zh: '1–7 天' },
  { max: Infinity, en: '> 7 d', zh: '> 7 天' },
] as const;

/** How many values fall in each RESOLVE_BUCKETS range (upper bounds exclusive). */
export function bucketMinutes(values: readonly number[]): number[] {
  const counts = RESOLVE_BUCKETS.map(() => 0);
  for (const v of values) counts[RESOLVE_BUCKETS.findIndex((b) => v < b.max)]++;
  return counts;
}

/** The q-quantile (0..1) of numbers by linear interpolation; null when empty. */
export function quantile(values: readonly number[], q: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

export interface Recurring {
  id: string;
  en: string;
  zh: string;
  count: number;
}

/**
 * What recurs across incidents: each concept counted once per incident that mentions it, plus identical items
 * (after normalising case, spaces and punctuation) that more than one incident lists verbatim.
 * What one incident's list contributes is remembered per list (see `prepared`): the statistics page and every
 * category and technology page count the same lists again.
 */
export function countRecurring(itemLists: readonly (readonly string[])[], concepts: Concept[], limit = 10): Recurring[] {
  const lists = itemLists.map((items) => prepared(items, concepts));
  const byConcept = countValues(lists.map((p) => p.concepts));
  const out: Recurring[] = byConcept.map(({ value, count }) => {
    const c = concepts.find((x) => x.id === value)!;
    return { id: value, en: c.en, zh: c.zh, count };
  });
  const verbatim = new Map<string, { text: string; count: number }>();
  for (const { keys, texts } of lists) {
    keys.forEach((key, k) => {
      const v = verbatim.get(key) ?? { text: texts[k], count: 0 };
      v.count++;
      verbatim.set(key, v);
    });
  }
  for (const [key, v] of verbatim) if (v.count > 1) out.push({ id: `text:${key}`, en: v.text, zh: v.text, count: v.count });
  return out.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, limit);
}

interface Prepared {
  /** Ids of the concepts the list mentions. */
  concepts: string[];
  /** Its distinct non-empty normalised items, in order, and the first item that gave each. */
  keys: string[];
  texts: string[];
}

const preparedMemo = new WeakMap<Concept[], WeakMap<readonly string[], Prepared>>();

function prepared(items: readonly string[], concepts: Concept[]): Prepared {
  let memo = preparedMemo.get(concepts);
  if (!memo) preparedMemo.set(concepts, (memo = new WeakMap()));
  let p = memo.get(items);
  if (!p) {
    p = { concepts: matchConcepts(items, concepts), keys: [], texts: [] };
    const seen = new Set<string>();
    for (const item of items) {
      const key = normaliseItem(item);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      p.keys.push(key);
      p.texts.push(item);
    }
    memo.set(items, p);
  }
  return p;
}

export function normaliseItem(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}
