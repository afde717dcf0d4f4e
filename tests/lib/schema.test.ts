import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDate, isTimelineAt, postmortemSchema, postmortemSchemaWith } from '../../src/lib/schema.ts';

const minimal = { title: 'x', date: null, source: null, language: 'en', status: 'unknown' };

describe('postmortem schema', () => {
  it('fills defaults for an author who wrote only the required fields', () => {
    const pm = postmortemSchema.parse(minimal);
    expect(pm.symptoms).toEqual([]);
    expect(pm.timeline).toEqual([]);
    expect(pm.review).toBe('draft');
  });
  it('rejects impossible dates that YAML readers would roll over', () => {
    expect(postmortemSchema.safeParse({ ...minimal, date: '2021-02-30' }).success).toBe(false);
    expect(postmortemSchema.safeParse({ ...minimal, date: '2024-02-29' }).success).toBe(true);
  });
  it('accepts month, day and zoned times for timeline events, and nothing looser', () => {
    for (const ok of ['2021-02', '2021-02-25', '2021-02-25T19:56', '2021-02-25T19:56:12', '2021-02-25T19:56Z', '2021-02-25T19:56+08:00']) expect(isTimelineAt(ok), ok).toBe(true);
    for (const bad of ['2021-13', '2021-02-25T25:61', '2021-02-25 19:56', '19:56', '2021-2-5']) expect(isTimelineAt(bad), bad).toBe(false);
  });
  it('refuses category ids that are not in the taxonomy', () => {
    const schema = postmortemSchemaWith(['database']);
    expect(schema.safeParse({ ...minimal, categories: ['database'] }).success).toBe(true);
    const bad = schema.safeParse({ ...minimal, categories: ['databse'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['categories', 0]);
  });

  it('knows the days of every month as the Date object does (a year 0–99 counting as 1900–1999, like Date.UTC)', () => {
    for (let y = -401; y <= 10_000; y++) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    expect([isRealDate(2024, 2, 29), isRealDate(2023, 2, 29), isRealDate(1900, 2, 29), isRealDate(2000, 2, 29)]).toEqual([true, false, false, true]);
    expect([isRealDate(2021, 4, 31), isRealDate(2021, 13, 1), isRealDate(2021, 1, 0)]).toEqual([false, false, false]);
  });
});
