import { describe, expect, it } from 'vitest';
import { createSearchEngine, warmUp } from '../../../src/lib/search/engine.ts';
import { buildInvertedIndex, categoryToken, packInvertedIndex, unpackInvertedIndex } from '../../../src/lib/search/inverted-index.ts';
import { buildSearchIndex, type SearchRecord } from '../../../src/lib/search/records.ts';
import { BENCH_QUERIES, generatePostmortems } from '../../../src/lib/search/synthetic.ts';
import { forEachToken, normalize } from '../../../src/lib/search/tokenize.ts';

const rec = (i: string, t: string, x = '', g: string[] = []): SearchRecord => ({ i, t, d: null, s: [t], c: [], f: [], g, k: ['kafka'], x });
const categories = [{ id: 'database', name: { zh: '数据库', en: 'Database' }, keywords: { zh: ['慢查询'], en: ['slow query'] } }];
const file = buildSearchIndex(generatePostmortems(1_500), { categories, synonyms: [['消费延迟', '积压', 'lag', 'consumer lag'], ['重平衡', 'rebalance']] });
const records: SearchRecord[] = [
  ...file.records,
  rec('odd-1', '𠮷野家 ＯＯＭ　ｋａｆｋａ 𠮷𠮷 カフカ 한국어 é café', 'naïve 数据库主库宕机 x'),
  rec('odd-2', '线', '宕', ['database']),
];

function tokensOfRecords(rs: SearchRecord[]): string[] {
  const all = new Set<string>();
  for (const r of rs) {
    for (const t of [...r.s, r.t, ...r.c, ...r.f, ...r.k, r.x]) forEachToken(normalize(t), (x) => all.add(x));
    for (const g of r.g) all.add(categoryToken(g));
  }
  return [...all];
}

describe('packed inverted index (shipped prebuilt in /search-index.txt)', () => {
  const built = buildInvertedIndex(records);
  const packed = unpackInvertedIndex(JSON.parse(JSON.stringify(packInvertedIndex(records))), records.length);

  it('gives the same postings as the index built in the page, for every token, after a JSON round trip', () => {
    const tokens = tokensOfRecords(records);
    expect(tokens.length).toBeGreaterThan(1000);
    for (const t of [...tokens, 'absent', '\u0001none', '吗吗']) expect(packed.lookup(t), t).toEqual(built.lookup(t));
    expect(packed.words()).toEqual(built.words());
  });

  it('decodes the rest in idle slices, giving the same postings', () => {
    const fresh = unpackInvertedIndex(packInvertedIndex(records), records.length);
    let calls = 0;
    expect(fresh.decodeSome!(() => ++calls < 3)).toBe(false);
    while (!fresh.decodeSome!(() => true));
    for (const t of tokensOfRecords(records).slice(0, 500)) expect(fresh.lookup(t)).toEqual(built.lookup(t));
    expect(createSearchEngine(file).idle(() => true)).toBe(true);
  });

  it('finds the bigrams that start with a character (the first keystroke of a Chinese query)', () => {
    const key = (lists: number[][]) => lists.map((l) => l.join(',')).sort();
    for (const ch of ['消', '线', '宕', '数', '𠮷', 'カ', 'k', '']) expect(key(packed.pairsStartingWith(ch)), ch).toEqual(key(built.pairsStartingWith(ch)));
  });

  it('ranks exactly as the built index does, for full queries and every typed prefix', () => {
    const withPacked = createSearchEngine(file);
    const withBuilt = createSearchEngine({ ...file, index: undefined });
    expect(file.index).toBeDefined();
    for (const q of BENCH_QUERIES) for (let n = 1; n <= [...q].length; n++) {
      const prefix = [...q].slice(0, n).join('');
      expect(withPacked.search(prefix), prefix).toEqual(withBuilt.search(prefix));
    }
  });

  it('is smaller than one character per posting for the gaps, and bits collapse when constant', () => {
    const p = packInvertedIndex(records);
    const postings = p.tokens.reduce((n, t) => n + built.lookup(t)!.length, 0);
    expect(p.gaps.join('').length).toBeLessThan(1.5 * postings);
    expect(p.bits.filter((b) => b.length === 1).length).toBeGreaterThan(p.tokens.length / 2);
  });

  it('warms the engine up on two tiny records (run while the real index downloads)', () => {
    expect(() => warmUp()).not.toThrow();
  });
});
