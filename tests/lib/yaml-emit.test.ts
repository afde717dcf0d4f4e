import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/extract/decode.ts';
import { ingestReport } from '../../src/lib/ingest.ts';
import { stringifyYaml } from '../../src/lib/serialize.ts';
import { parseCategories, parseTechnologies } from '../../src/lib/taxonomy.ts';
import { emitYamlFast } from '../../src/lib/yaml-emit.ts';

const knowledge = {
  categories: parseCategories(readFileSync('content/categories.yaml', 'utf8')),
  technologies: parseTechnologies(readFileSync('content/technologies.yaml', 'utf8')),
};

/** A seeded generator of frontmatter-like values: nested maps and lists of awkward strings and numbers. */
function randomValue(seed: number) {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['a', ' ', ':', '#', '"', "'", '\\', '中文', '😀', '\u2028', '\u0085', '\u00a0', '- ', '2021-02-30', '12:30', 'null', 'true', '~', '*x', '&y', '!tag', '%', '@', '`', '{', '}', '[', ']', ',', '?', '|', '>', '\ud800', '  ', '0x1F', '1e3'];
  const str = () => Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  const val = (depth: number): unknown => {
    const r = next();
    if (depth > 2 || r < 0.4) return str();
    if (r < 0.5) return Math.floor(next() * 1000) - 500;
    if (r < 0.55) return next() < 0.5 ? null : next() < 0.5;
    if (r < 0.75) return Array.from({ length: Math.floor(next() * 4) }, () => val(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, i) => [`k${i}_${Math.floor(next() * 9)}`, val(depth + 1)]));
  };
  return { title: str(), nested: val(0), list: [val(1), val(1)] };
}

describe('emitYamlFast', () => {
  it('writes exactly what the yaml library writes for every corpus and seed postmortem', () => {
    const dirs = ['../shared/corpus', 'content/inbox'].filter((d) => { try { return readdirSync(d).length > 0; } catch { return false; } });
    let compared = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
        const text = decodeBytes(readFileSync(join(dir, name))).text;
        const { data } = ingestReport({ text, sourcePath: join(dir, name), encoding: 'utf-8' }, knowledge);
        const fast = emitYamlFast(data as Record<string, unknown>);
        expect(fast, name).not.toBeNull();
        expect(fast, name).toBe(stringifyYaml(data));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });
  it('either matches the library byte for byte or declines, on 3,000 random structures', () => {
    let fastCount = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const value = randomValue(seed);
      const fast = emitYamlFast(value);
      if (fast === null) continue;
      fastCount++;
      expect(fast, `seed ${seed}`).toBe(stringifyYaml(value));
    }
    expect(fastCount).toBeGreaterThan(1000);
  });
  it('declines what it does not handle: multi-line strings, odd keys, nested lists, special numbers', () => {
    for (const v of [{ a: 'x\ny' }, { 'a b': 1 }, { a: [[1]] }, { a: 1e21 }, { a: -0 }, { a: NaN }, { yes: 1 }, { a: new Date(0) }]) expect(emitYamlFast(v as Record<string, unknown>)).toBeNull();
  });
});
