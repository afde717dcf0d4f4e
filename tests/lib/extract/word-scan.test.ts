import { describe, expect, it } from 'vitest';
import { scanIndex, scanText } from '../../../src/lib/extract/word-scan.ts';

/** Every place found, as "id@at", sorted. */
function scanned(text: string, words: string[], prefixes: string[]): string[] {
  const index = scanIndex(
    words.map((w, i) => [w, i]),
    prefixes.map((p, i) => [p, words.length + i]),
  );
  const out: string[] = [];
  scanText(text, index, (id, at) => out.push(`${id}@${at}`));
  return out.sort();
}

/** The same by brute force: words where a whole run of [a-z0-9] equals them, prefixes wherever they occur. */
function searched(text: string, words: string[], prefixes: string[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[a-z0-9]+/g)) words.forEach((w, i) => m[0] === w && out.push(`${i}@${m.index}`));
  prefixes.forEach((p, i) => {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${words.length + i}@${at}`);
  });
  return out.sort();
}

describe('scanText', () => {
  it('finds whole words and every occurrence of a prefix', () => {
    const words = ['kafka', 'lag', 'the', 'a1'];
    const prefixes = ['内存', '内存泄漏', '5分钟', '泄'];
    const text = 'the kafka-lag rose; thekafka a1 xa1 kafkas\n内存泄漏5分钟 内存';
    expect(scanned(text, words, prefixes)).toEqual(searched(text, words, prefixes));
    expect(scanned(text, words, prefixes)).toContain('1@10');
  });
  it('agrees with a brute-force search on random texts', () => {
    let seed = 20_261_122;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const pieces = ['a', 'b', 'ab', 'ba', '1', ' ', ' ', '-', '.', '\n', '中', '文', '中文', 'é', '😀'];
    // many words of the same letters: they share hash slots
    const words = [...new Set(Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(['a', 'b', '1'])).join('')))];
    const prefixes = ['中', '中文', '文中', '1中', '.a', '😀'];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 20) }, () => pick(pieces)).join('');
      expect(scanned(text, words, prefixes)).toEqual(searched(text, words, prefixes));
    }
  });
  it('refuses a word that cannot be one run of [a-z0-9], and an empty prefix', () => {
    expect(() => scanIndex([['rate limit', 0]], [])).toThrow();
    expect(() => scanIndex([], [['', 0]])).toThrow();
  });
});
