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
  it('handles characters outside the BMP without splitting surrogates', () => {
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀𠀁']);
  });
});
