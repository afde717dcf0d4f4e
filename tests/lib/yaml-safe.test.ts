import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseDocument, stringify } from 'yaml';
import { parseSimpleYaml, UNSUPPORTED } from '../../src/lib/yaml-fast.ts';
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

describe('the fast path for the YAML ingest writes', () => {
  const full = (text: string) => parseDocument(text, { merge: false, schema: 'core' }).toJS();
  const emit = (value: unknown) => stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  it('gives exactly what the yaml library gives on everything serialize can write', () => {
    const nasty = ['', ' ', '"', "'", '\\', '\n', '\r\n', '\t', '\0', '\x1b', '\x7f', '\u0085', '\u00a0', '\u2028', '😀', '𠀀', '# not a comment', 'a: b', '- x', '---', '...', '*alias', '&anchor', '!tag', '{x}', '[y]', '%', '@', '`', '2021-02-30', '12:30', '0x1F', '1e3', '.inf', 'null', 'true', 'yes', '~', '  lead', 'trail  ', '"quoted"', 'a"b\\c'];
    const samples: unknown[] = [
      { title: 'x', date: null, n: 0, f: 1.5, neg: -3, yes: true, no: false, empty: [], obj: {} },
      { list: nasty, nested: { deeper: { deepest: nasty.map((s, i) => ({ at: s, line: i, inferred: i % 2 === 0 })) } } },
      { timeline: [{ at: null, when: '第二天', text: '切换', line: 3 }], lines: { symptoms: [1, 2], causes: [] } },
      Object.fromEntries(nasty.map((s, i) => [`k${i}`, s])),
    ];
    for (const value of samples) {
      const text = `\n${emit(value)}`;
      expect(parseSimpleYaml(text, 20)).not.toBe(UNSUPPORTED);
      expect(parseSimpleYaml(text, 20)).toEqual(full(text));
      expect(parseYamlSafe(text)).toEqual(value);
    }
  });
  it('still refuses deep block nesting', () => {
    const deep = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + `\n${'  '.repeat(30)}x: 1\n`;
    expect(parseSimpleYaml(deep, 20)).toBe(UNSUPPORTED);
    expect(() => parseYamlSafe(deep)).toThrow(/deeper than 20/);
  });
  it('leaves anything else to the yaml library', () => {
    for (const text of ['a: 1 # c', 'a: plain', "a: 'single'", 'a: [1, 2]', 'a: &x 1', 'a: !!str 1', '"q": 1', 'null: 1', 'a: 1\n\nb: 2', 'a: 1\na: 2', 'a:\n  - 1\n   - 2', 'a: |\n  x', '<<: 1', 'a: 1e3', 'a: 0x1F', 'a:', '- a', 'a: "x" y']) {
      expect(parseSimpleYaml(text, 20), text).toBe(UNSUPPORTED);
    }
  });
  it('agrees with the yaml library on every postmortem ingest wrote from the corpus and the hostile fixtures', () => {
    const dirs = ['content/postmortems'].filter(existsSync);
    let checked = 0;
    for (const dir of dirs) for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      if (!text.startsWith('---\n')) continue;
      const yamlText = text.slice(3, text.indexOf('\n---\n', 3) + 1);
      const fast = parseSimpleYaml(yamlText, 20);
      if (fast !== UNSUPPORTED) expect(fast, f).toEqual(full(yamlText));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });
});
