import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiSentences, isPlainAscii } from '../../../src/lib/extract/sentences-ascii.ts';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmented = (text: string) => Array.from(SEGMENTER.segment(text), (s) => s.segment);

/** Random strings of letters, digits, spaces and every punctuation mark the sentence rules care about. */
function randomTexts(count: number): string[] {
  const pieces = ['a', 'B', 'c', 'D', ' ', ' ', '.', '.', '!', '?', '"', "'", '(', ')', '1', '2', ',', ';', ':', '-', 'e.g', 'Mr', 'U.S', '...', '[', ']', '{', '}', '\t', 'x'];
  let seed = 20_261_121;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
}

/** Lines of real reports: the corpus when it is beside the project, and the fixtures. */
function realLines(): string[] {
  const dirs = [new URL('../../../../shared/corpus/', import.meta.url), new URL('../../fixtures/extract/', import.meta.url), new URL('../../fixtures/extract/unseen/', import.meta.url)];
  const lines: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
    } catch {
      continue;
    }
    for (const name of names) lines.push(...readFileSync(new URL(name, dir), 'utf8').split('\n'));
  }
  return lines.filter(isPlainAscii);
}

describe('asciiSentences', () => {
  it('draws the boundaries Intl.Segmenter draws, on real lines and 20,000 random punctuation-heavy strings', () => {
    const texts = [...realLines(), ...randomTexts(20_000)].filter(isPlainAscii);
    expect(texts.length).toBeGreaterThan(20_000);
    const differing = texts.filter((t) => asciiSentences(t).join('\u0001') !== segmented(t).join('\u0001'));
    expect(differing.slice(0, 3)).toEqual([]);
  });
  it('keeps abbreviations, decimals and lowercase continuations together', () => {
    expect(asciiSentences('See e.g. the U.S. logs. Version 1.3.5 failed! Then we rolled back.')).toEqual(['See e.g. the U.S. logs. ', 'Version 1.3.5 failed! ', 'Then we rolled back.']);
  });
  it('leaves text with other characters to the segmenter', () => {
    expect(isPlainAscii('The pods crashed.')).toBe(true);
    expect(isPlainAscii('It didn’t recover.')).toBe(false);
    expect(isPlainAscii('消费延迟。')).toBe(false);
  });
});
