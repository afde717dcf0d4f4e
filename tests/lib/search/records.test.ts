import { describe, expect, it } from 'vitest';
import { bodyText, buildSearchIndex, defaultTextChars } from '../../../src/lib/search/records.ts';

const pm = (id: string, extra: Partial<Record<string, unknown>> = {}, body = '') => ({
  id,
  body,
  data: { title: ` Kafka  lag ${id} `, date: '2021-02-25', summary: 'Consumer lag grew.', symptoms: ['lag 80 万', ''], causes: ['rebalance'], fixes: ['upgrade'], categories: ['capacity-overload'], technologies: ['kafka'], ...extra },
});
const categories = [{ id: 'capacity-overload', name: { zh: '容量不足', en: 'Capacity overload' }, keywords: { zh: ['积压'], en: ['backlog'] } }];

describe('search records', () => {
  it('keeps the short fields, trimmed, and an excerpt of summary + body', () => {
    const index = buildSearchIndex([pm('a', {}, '# T\n\n消费延迟 see https://x.example/y\n\n```\ncode line\n```\n')], { categories, synonyms: [['lag', '积压']] });
    expect(index.records[0]).toEqual({ i: 'a', t: 'Kafka lag a', d: '2021-02-25', s: ['lag 80 万'], c: ['rebalance'], f: ['upgrade'], g: ['capacity-overload'], k: ['kafka'], x: 'Consumer lag grew. T 消费延迟 see' });
    expect(index.categories).toEqual([{ id: 'capacity-overload', zh: '容量不足', en: 'Capacity overload', keywords: ['积压', 'backlog'] }]);
    expect(index.synonyms).toEqual([['lag', '积压']]);
  });
  it('drops code blocks, tables, images and raw HTML from the body text', () => {
    expect(bodyText('a\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n![i](p.png)\n\n<div>raw</div>\n\n`inline` b')).toBe('a inline b');
  });
  it('shrinks the excerpt as the corpus grows, within 150..4000 characters', () => {
    expect(defaultTextChars(5)).toBe(4000);
    expect(defaultTextChars(10_000)).toBe(150);
    expect(defaultTextChars(1_000_000)).toBe(150);
    const long = buildSearchIndex([pm('a', {}, 'word '.repeat(2000))], { categories, synonyms: [], textChars: 50 });
    expect(long.records[0].x.length).toBeLessThanOrEqual(51);
  });
  it('caps list items in number and length', () => {
    const r = buildSearchIndex([pm('a', { symptoms: Array.from({ length: 20 }, (_, i) => `s${i} ${'x'.repeat(300)}`) })], { categories, synonyms: [] }).records[0];
    expect(r.s).toHaveLength(8);
    expect(r.s[0].length).toBeLessThanOrEqual(201);
  });
});
