import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createThesaurus, extractConcepts } from '../../../src/lib/search/synonyms.ts';
import { parseSynonyms } from '../../../src/lib/search/synonyms-file.ts';

const groups = parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8'));
const thesaurus = createThesaurus(groups, [{ id: 'resource-leak', names: ['资源泄漏', 'resource leak'], keywords: ['线程泄漏', 'thread leak'] }]);

describe('synonyms', () => {
  it('content/synonyms.yaml parses and links the outage vocabulary across languages', () => {
    const [lag] = extractConcepts(thesaurus, '消费延迟');
    expect(lag.alternatives).toEqual(expect.arrayContaining(['消费延迟', '积压', 'lag', 'backlog', 'consumer lag']));
    expect(extractConcepts(thesaurus, '重平衡')[0].alternatives).toContain('rebalance');
    expect(extractConcepts(thesaurus, 'thread leak')[0].alternatives).toContain('线程泄漏');
  });
  it('a phrase naming a category also matches that category', () => {
    expect(extractConcepts(thesaurus, 'thread leak')[0].categories).toEqual(['resource-leak']);
  });
  it('longest phrase wins; Latin phrases match whole words only; the rest become words and CJK runs', () => {
    const concepts = extractConcepts(thesaurus, 'kafka consumer lag 数据库宕机 lagoon');
    expect(concepts.map((c) => [c.source, c.kind])).toEqual([
      ['kafka', 'word'], ['consumer lag', 'phrase'], ['数据库宕机', 'phrase'], ['lagoon', 'word'],
    ]);
  });
  it('leaves unknown Chinese as one run, scored later by its bigrams', () => {
    expect(extractConcepts(thesaurus, '订单宽表')).toEqual([{ source: '订单宽表', alternatives: ['订单宽表'], categories: [], kind: 'cjk' }]);
  });
  it('rejects a malformed synonyms file', () => {
    expect(() => parseSynonyms('- lag')).toThrow(/group 1/);
    expect(() => parseSynonyms('- [lag]')).toThrow(/two words/);
  });
});
