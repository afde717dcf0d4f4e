import { describe, expect, it } from 'vitest';
import { bigrams, normalize, tokenize, tokensOf } from '../../../src/lib/search/tokenize.ts';

describe('tokenize', () => {
  it('splits CJK runs into bigrams and Latin text into lowercase words', () => {
    expect(tokenize('Kafka消费延迟 rebalance-storm')).toEqual(['kafka', '消费', '费延', '延迟', 'rebalance', 'storm']);
  });
  it('keeps a lone CJK character as a unigram', () => {
    expect(tokensOf('库 db')).toEqual(['库', 'db']);
    expect(bigrams('库')).toEqual(['库']);
  });
  it('normalises full-width characters and case', () => {
    expect(normalize('ＫＡＦＫＡ　ＬＡＧ')).toBe('kafka lag');
  });
  it('skips NFKC only where it changes nothing: every BMP code point agrees with the full normalisation', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (normalize(ch) !== ch.normalize('NFKC').toLowerCase()) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(normalize('甲ｶﾞ')).toBe('甲ガ');
  });
  it('handles characters outside the BMP without splitting surrogates', () => {
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀𠀁']);
  });
});

describe('inverted index', () => {
  it('holds exactly the tokens tokenize makes, with the field bits of where they occur', async () => {
    const { buildInvertedIndex, FIELD } = await import('../../../src/lib/search/inverted-index.ts');
    const text = '库 Kafka消费延迟，a中b国。“引号”— lag𠀀𠀁 数据库';
    const index = buildInvertedIndex([{ i: 'a', t: text, d: null, s: ['消费'], c: [], f: [], g: ['db'], k: [], x: '' }]);
    for (const token of tokenize(text)) expect(index.lookup(token), token).toBeDefined();
    expect(index.lookup('消费')).toEqual([FIELD.s | FIELD.t]);
    expect(index.lookup('\u0001db')).toEqual([FIELD.g]);
    expect(index.words()).toEqual(['a', 'b', 'kafka', 'lag']);
    expect(index.lookup('费消')).toBeUndefined();
  });
});
