import { describe, expect, it } from 'vitest';
import { facetCounts, filterRows, firstSymptom, readFilters, toHistoryData, writeFilters, type HistoryInput } from '../../src/lib/history-filter.ts';

const pm = (id: string, date: string | null, status: string, categories: string[], technologies: string[], symptoms: string[] = []): HistoryInput => ({
  id, date, title: `T ${id}`, status, severity: 'unknown', categories, technologies, symptoms, summary: '',
});
const data = toHistoryData(
  [
    pm('a', '2021-12-12', 'resolved', ['capacity-overload'], ['kafka', 'flink'], ['消费积压']),
    pm('b', '2021-02-25', 'unresolved', ['capacity-overload', 'network-dns'], ['kafka']),
    pm('c', '2019-01-29', 'resolved', ['rebalance-or-coordination'], ['kafka', 'spring-kafka']),
    pm('d', null, 'unknown', [], []),
  ],
  (id) => ({ en: id.toUpperCase(), zh: `中${id}` }),
  (id) => `${id}!`,
);

describe('history data and filters', () => {
  it('stores rows compactly with vocabularies', () => {
    expect(data.categories[0]).toEqual({ id: 'capacity-overload', en: 'CAPACITY-OVERLOAD', zh: '中capacity-overload' });
    expect(data.technologies.map((t) => t.id)).toEqual(['kafka', 'flink', 'spring-kafka']);
    expect(data.rows[0]).toEqual(['a', '2021-12-12', 'T a', 'resolved', [0], [0, 1], '消费积压', 'unknown']);
  });
  it('filters by every facet together', () => {
    expect(filterRows(data, {}).length).toBe(4);
    expect(filterRows(data, { category: 'capacity-overload' }).map((r) => r[0])).toEqual(['a', 'b']);
    expect(filterRows(data, { category: 'capacity-overload', status: 'resolved' }).map((r) => r[0])).toEqual(['a']);
    expect(filterRows(data, { year: 'undated' }).map((r) => r[0])).toEqual(['d']);
    expect(filterRows(data, { technology: 'flink', year: '2019' })).toEqual([]);
  });
  it('counts each facet with the other filters applied', () => {
    const counts = facetCounts(data, { category: 'capacity-overload' });
    expect(counts.category.get('capacity-overload')).toBe(2);
    expect(counts.category.get('rebalance-or-coordination')).toBe(1); // other categories ignore the category filter
    expect(counts.technology.get('kafka')).toBe(2);
    expect(counts.technology.get('spring-kafka')).toBeUndefined();
    expect(counts.year.get('2021')).toBe(2);
    expect(counts.category.get('')).toBe(4); // "all" for the category select: the other filters are empty
    expect(counts.year.get('')).toBe(2);
  });
  it('round-trips filters through the query string', () => {
    expect(readFilters('?category=x&year=2021&foo=1&status=')).toEqual({ category: 'x', year: '2021' });
    expect(writeFilters({ category: 'x', year: '2021' })).toBe('?category=x&year=2021');
    expect(writeFilters({})).toBe('');
  });
  it('shows the first symptom, else the summary, clipped', () => {
    expect(firstSymptom({ symptoms: [], summary: 'a  b' })).toBe('a b');
    expect(firstSymptom({ symptoms: ['x'.repeat(200)], summary: '' }, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
