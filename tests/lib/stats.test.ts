import { describe, expect, it } from 'vitest';
import { FIX_CONCEPTS, SYMPTOM_CONCEPTS, matchConcepts } from '../../src/lib/concepts.ts';
import { bucketMinutes, countPerMonth, countPerPeriod, countRecurring, countValues, normaliseItem, quantile } from '../../src/lib/stats.ts';

describe('stats', () => {
  it('counts values once per list, most frequent first', () => {
    expect(countValues([['a', 'b', 'a'], ['b'], []])).toEqual([{ value: 'b', count: 2 }, { value: 'a', count: 1 }]);
  });
  it('counts per month with empty months filled, undated left out', () => {
    expect(countPerMonth(['2021-11-03', null, '2022-01-30', '2021-11-20'])).toEqual([
      { month: '2021-11', count: 2 },
      { month: '2021-12', count: 0 },
      { month: '2022-01', count: 1 },
    ]);
    expect(countPerMonth([null])).toEqual([]);
  });
  it('falls back to years for long ranges', () => {
    expect(countPerPeriod(['2010-01-01', '2021-06-01'], 36)).toHaveLength(12);
    expect(countPerPeriod(['2021-01-01', '2021-03-01'], 36)).toHaveLength(3);
  });
  it('buckets times to resolve and takes quantiles', () => {
    expect(bucketMinutes([0, 14, 15, 59, 60, 300, 1440, 20000])).toEqual([2, 2, 1, 1, 1, 1]);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([10, 1, 5], 0.5)).toBe(5);
    expect(quantile([0, 10], 0.9)).toBe(9);
  });
  it('matches concepts across languages, whole words for Latin terms', () => {
    expect(matchConcepts(['Kafka consumer LAG grows'], SYMPTOM_CONCEPTS)).toContain('consumer-lag');
    expect(matchConcepts(['消费积压，最大延迟 22min'], SYMPTOM_CONCEPTS)).toContain('consumer-lag');
    expect(matchConcepts(['feature flag flipped'], SYMPTOM_CONCEPTS)).not.toContain('consumer-lag');
    expect(matchConcepts(['回滚到上一版本'], FIX_CONCEPTS)).toContain('rollback');
  });
  it('aggregates recurring symptoms by concept and verbatim duplicates', () => {
    const r = countRecurring([['Consumer lag on topic A', 'Pods restart'], ['消费积压'], ['pods restart!']], SYMPTOM_CONCEPTS);
    expect(r[0]).toMatchObject({ id: 'consumer-lag', count: 2, zh: '消费积压' });
    expect(r).toContainEqual({ id: 'text:pods restart', en: 'Pods restart', zh: 'Pods restart', count: 2 });
    expect(normaliseItem(' Pods  restart! ')).toBe('pods restart');
  });
});
