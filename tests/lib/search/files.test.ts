import { describe, expect, it } from 'vitest';
import { benchSearch, engineFromFiles } from '../../../src/lib/search/bench.ts';
import { createSearchEngine } from '../../../src/lib/search/engine.ts';
import { INDEX_PATH, openSearchFiles, packSearchFiles, readHeader, recordsPath } from '../../../src/lib/search/files.ts';
import { buildSearchIndex, type SearchRecord } from '../../../src/lib/search/records.ts';
import { shippedSearchFiles } from '../../../src/lib/search/shipped.ts';
import { BENCH_QUERIES, generatePostmortems } from '../../../src/lib/search/synthetic.ts';
import { gunzipSync } from 'node:zlib';

const categories = [
  { id: 'database', name: { zh: '数据库', en: 'Database' }, keywords: { zh: ['慢查询'], en: ['slow query'] } },
  { id: 'resource-leak', name: { zh: '资源泄漏', en: 'Resource leak' }, keywords: { zh: ['线程泄漏'], en: ['thread leak'] } },
];
const synonyms = [['消费延迟', '积压', 'lag', 'consumer lag'], ['重平衡', 'rebalance']];
const built = buildSearchIndex(generatePostmortems(1_500), { categories, synonyms });
const odd: SearchRecord[] = [
  { i: 'odd-1', t: '𠮷野家\nline two\u2028 "quoted" \\ ＯＯＭ', d: null, s: ['a\r\nb'], c: [], f: [], g: ['database', 'not-a-category'], k: ['kafka'], x: '数据库主库宕机 \u0000 end' },
];
const file = { ...built, records: [...built.records, ...odd] };
const bytes = (files: Map<string, string>) => new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)]));

describe('shipped search files (/search-index.txt + /search-records-<k>.txt)', () => {
  const files = packSearchFiles(file, 200_000);

  it('splits records into files of about the given size, one record per line, listed in the header', () => {
    const header = readHeader(new TextEncoder().encode(files.get(INDEX_PATH)!))!;
    expect(header.files.length).toBeGreaterThan(2);
    expect(header.files.map((f) => f.url)).toEqual(header.files.map((_, k) => recordsPath(k)));
    expect(header.files.reduce((n, f) => n + f.n, 0)).toBe(file.records.length);
    expect([...files.keys()]).toEqual([INDEX_PATH, ...header.files.map((f) => f.url)]);
    for (const f of header.files) {
      const text = files.get(f.url)!;
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(200_000);
      expect(text.split('\n').length - 1).toBe(f.n);
    }
    expect(packSearchFiles(buildSearchIndex([], { categories, synonyms })).get(recordsPath(0))).toBe('');
  });

  it('gives back every record exactly, decoded on first access', () => {
    const opened = openSearchFiles(...(() => { const b = bytes(files); const h = readHeader(b.get(INDEX_PATH)!)!; return [b.get(INDEX_PATH)!, h.files.map((f) => b.get(f.url)!)] as const; })());
    expect(opened.records.length).toBe(file.records.length);
    for (let i = 0; i < file.records.length; i += 97) expect(opened.records.at(i)).toEqual(file.records[i]);
    expect(opened.records.at(file.records.length - 1)).toEqual(odd[0]);
    expect(opened.records.at(file.records.length)).toBeUndefined();
    expect(opened.records.at(-1)).toBeUndefined();
    expect(opened.index).toEqual(JSON.parse(JSON.stringify(file.index)));
    let calls = 0;
    expect(opened.records.decodeSome!(() => ++calls < 2)).toBe(false);
    while (!opened.records.decodeSome!(() => true));
  });

  it('ranks exactly as the index in memory, for full queries and every typed prefix', () => {
    const shipped = engineFromFiles(files);
    const inMemory = createSearchEngine(file);
    for (const q of [...BENCH_QUERIES, '数据库主库宕机', 'quoted']) for (let n = 1; n <= [...q].length; n++) {
      const prefix = [...q].slice(0, n).join('');
      expect(shipped.search(prefix), prefix).toEqual(inMemory.search(prefix));
    }
  });

  it('refuses record files that do not match the header (another build)', () => {
    const b = bytes(files);
    const h = readHeader(b.get(INDEX_PATH)!)!;
    const records = h.files.map((f) => b.get(f.url)!);
    const shorter = records[0].subarray(0, records[0].lastIndexOf(10, records[0].length - 2) + 1);
    expect(() => openSearchFiles(b.get(INDEX_PATH)!, [shorter, ...records.slice(1)])).toThrow(/records/);
    expect(() => openSearchFiles(b.get(INDEX_PATH)!, records.slice(1))).toThrow(/missing/);
  });

  it('is what benchSearch measures, engine creation included', () => {
    const result = benchSearch(files, BENCH_QUERIES.slice(0, 4));
    expect(result.records).toBe(file.records.length);
    expect(result.buildMs).toBeGreaterThan(0);
  });

  it('ships each file also gzipped, inflating to the same bytes', () => {
    const shipped = shippedSearchFiles(file, 200_000);
    for (const [path, text] of files) {
      expect(shipped.get(path)).toBe(text);
      expect(gunzipSync(shipped.get(`${path}.gz`) as Uint8Array).toString('utf8')).toBe(text);
    }
    expect(shipped.size).toBe(2 * files.size);
  });
});
