import { describe, expect, it } from 'vitest';
import { parseYamlSafe, YamlError } from '../../src/lib/yaml-safe.ts';

const lineOf = (text: string) => {
  try {
    parseYamlSafe(text);
  } catch (error) {
    expect(error).toBeInstanceOf(YamlError);
    return (error as YamlError).line;
  }
  throw new Error('expected a YamlError');
};

describe('parseYamlSafe', () => {
  it('parses plain YAML, keeping dates as strings it was given', () => {
    expect(parseYamlSafe('a: 1\nb: [x, y]\nc: "2021-02-30"')).toEqual({ a: 1, b: ['x', 'y'], c: '2021-02-30' });
  });
  it('refuses aliases, nested merge keys and deep nesting, naming the line', () => {
    expect(lineOf('a: &x [1]\nb: *x\n')).toBe(2);
    expect(lineOf('base: 1\nx:\n  <<: {b: 2}\n')).toBe(3);
    expect(lineOf(`${'['.repeat(30)}${']'.repeat(30)}`)).toBe(1);
  });
  it('refuses an alias bomb at once', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels.map((l, i) => `${l}: &${l} [${i ? Array(9).fill(`*${levels[i - 1]}`).join(',') : '"lol"'}]`).join('\n');
    const t0 = performance.now();
    expect(() => parseYamlSafe(bomb)).toThrow(/alias/);
    expect(performance.now() - t0).toBeLessThan(500);
  });
  it('names the line of a syntax error', () => {
    expect(lineOf('title: ok\ntags: [unclosed\nx: : :\n')).toBeGreaterThanOrEqual(2);
  });
});
