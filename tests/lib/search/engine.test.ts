import { describe, expect, it } from 'vitest';
import { benchSearch } from '../../../src/lib/search/bench.ts';
import { createSearchEngine } from '../../../src/lib/search/engine.ts';
import { explainMatch } from '../../../src/lib/search/explain.ts';
import { buildSearchIndex, type PostmortemInput } from '../../../src/lib/search/records.ts';
import { generatePostmortems } from '../../../src/lib/search/synthetic.ts';

const pm = (id: string, f: Partial<PostmortemInput['data']>, body = ''): PostmortemInput => ({
  id, body, data: { title: id, date: null, symptoms: [], causes: [], fixes: [], categories: [], technologies: [], ...f },
});
const categories = [
  { id: 'resource-leak', name: { zh: '资源泄漏', en: 'Resource leak' }, keywords: { zh: ['线程泄漏'], en: ['thread leak'] } },
  { id: 'database', name: { zh: '数据库', en: 'Database' }, keywords: { zh: ['慢查询'], en: ['slow query'] } },
];
const synonyms = [['消费延迟', '积压', 'lag', 'backlog', 'consumer lag'], ['重平衡', 'rebalance', 'rebalancing'], ['线程泄漏', 'thread leak']];
const engine = createSearchEngine(buildSearchIndex([
  pm('in-symptoms', { symptoms: ['消费延迟持续上涨'] }),
  pm('in-title', { title: '消费延迟复盘' }),
  pm('in-body', {}, '值班时发现消费延迟'),
  pm('english-leak', { title: 'Worker pool leak', causes: ['A thread leak in the executor'] }),
  pm('db', { title: '数据库主库宕机切换失败', categories: ['database'] }),
  pm('rebalance', { symptoms: ['Consumer group is rebalancing constantly'] }),
  pm('classified', { title: 'Executor trouble', categories: ['resource-leak'] }),
], { categories, synonyms }));
const ids = (q: string) => engine.search(q).map((r) => r.id);

describe('search engine ranking', () => {
  it('weighs symptoms over title over the rest', () => {
    expect(ids('消费延迟')).toEqual(['in-symptoms', 'in-title', 'in-body']);
  });
  it('crosses languages through synonyms and category keywords', () => {
    expect(ids('线程泄漏')).toEqual(['english-leak', 'classified']);
    expect(ids('consumer lag')[0]).toBe('in-symptoms');
  });
  it('finds unspaced Chinese by its bigrams (数据库宕机 → 数据库主库宕机)', () => {
    expect(ids('数据库宕机')).toEqual(['db']);
  });
  it('tolerates English typos through fuse over the index words', () => {
    expect(ids('rebalnce')).toEqual(['rebalance']);
    expect(ids('重平衡')).toEqual(['rebalance']);
  });
  it('matches Latin words as prefixes while typing, and a first Chinese character as a bigram prefix', () => {
    expect(ids('rebal')).toEqual(['rebalance']);
    expect(ids('宕')).toEqual(['db']);
  });
  it('explains the match with highlight ranges, and gives top cause, fix and category names', () => {
    const [r] = engine.search('thread leak');
    expect(r.match).toEqual({ field: 'c', text: 'A thread leak in the executor', ranges: [[2, 13]] });
    expect(r.cause).toBe('A thread leak in the executor');
    expect(engine.search('慢查询')[0].categories).toEqual([{ id: 'database', zh: '数据库', en: 'Database', keywords: ['慢查询', 'slow query'] }]);
  });
  it('returns nothing for empty or punctuation-only queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' ,. ')).toEqual([]);
  });
  it('cuts long excerpts to a window around the highlight', () => {
    const m = explainMatch({ i: 'x', t: 't', d: null, s: [], c: [], f: [], g: [], k: [], x: `${'前'.repeat(300)}线程池${'后'.repeat(300)}` }, [{ terms: ['线程池'], partial: [] }])!;
    expect(m.text.startsWith('…')).toBe(true);
    expect(m.text.slice(m.ranges[0][0], m.ranges[0][1])).toBe('线程池');
  });
});

describe('benchSearch', () => {
  it('times queries over a synthetic corpus (small here; npm run bench runs 10,000)', () => {
    const index = buildSearchIndex(generatePostmortems(400), { categories, synonyms });
    const result = benchSearch(index, ['消费延迟', 'thread leak', 'rebalnce'], { typing: true });
    expect(result.records).toBe(400);
    expect(result.queries).toBe(4 + 11 + 8);
    expect(result.p95).toBeGreaterThanOrEqual(result.p50);
  });
});
