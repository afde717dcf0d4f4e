import { describe, expect, it } from 'vitest';
import { checkCollection, checkText, formatJson, formatPath, formatText, summarize, type Diagnostic } from '../../../src/lib/authoring/check.ts';
import { serializePostmortem } from '../../../src/lib/serialize.ts';
import { parseYamlSafe } from '../../../src/lib/yaml-safe.ts';
import { context, fixture, fixtureText } from './helpers.ts';

const ctx = context();
const check = (text: string, file = 'pm.md') => checkText(file, text, ctx).diagnostics;
const brief = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.rule}`;

/** The fixture with one line replaced (1-based file line). */
function withLine(line: number, text: string): string {
  const lines = fixtureText().split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkText', () => {
  it('passes the hand-written fixture without a single problem', () => {
    expect(check(fixtureText())).toEqual([]);
  });

  it('places a bad timeline[3].at on its own line and column', () => {
    const text = fixtureText();
    const line = lineOf(text, '"2018-10-11T14:18"');
    const diags = check(withLine(line, '  - at: "2018-10-11T25:18"'));
    expect(diags).toEqual([{ file: 'pm.md', line, column: 9, severity: 'error', rule: 'schema', message: expect.stringMatching(/^timeline\[3\]\.at: expected YYYY-MM/) }]);
  });

  it('places lint findings on the field at fault, with the severity of a reviewed postmortem', () => {
    const text = fixtureText();
    const bad = withLine(lineOf(text, '"docker"'), '  - "frobnicator"').replace('"2018-10-11T14:18"', '"2018-10-11T08:00"');
    expect(check(bad).map(brief)).toEqual([
      `${lineOf(text, '"docker"')}:5 warning unknown-technology`,
      `${lineOf(text, '"2018-10-11T14:18"')}:9 error timeline-order`,
      `${lineOf(text, '"2018-10-11T14:18"')}:9 error end-before-start`,
    ]);
  });

  it('reports a negative time to resolve as an end before its start', () => {
    const text = fixtureText();
    const line = lineOf(text, 'time_to_resolve_minutes');
    expect(check(withLine(line, 'time_to_resolve_minutes: -5')).map(brief)).toEqual([`${line}:26 error end-before-start`]);
  });

  it('points a missing required field at its parent: the start of the mapping', () => {
    const text = fixtureText();
    const diags = check(withLine(lineOf(text, 'title:'), '# no title')); // the mapping now starts on line 3
    expect(diags.map(brief)).toEqual(['3:1 error schema']);
    expect(diags[0].message).toMatch(/^title: /);
  });

  it('names the line of broken YAML', () => {
    const diags = check('---\ntitle: "ok"\ncategories: [unclosed\nsource: null\n---\nbody\n');
    expect(diags.length).toBeGreaterThan(0);
    expect(diags[0]).toMatchObject({ rule: 'frontmatter', severity: 'error' });
    expect(diags[0].line).toBeGreaterThanOrEqual(3);
    expect(diags[0].message).toMatch(/^YAML: /);
  });

  it('never executes ---js frontmatter', () => {
    (globalThis as Record<string, unknown>).pwnedByCheck = false;
    const diags = check('---js\n{ title: (globalThis.pwnedByCheck = true) }\n---\nbody');
    expect(diags.map(brief)).toEqual(['1:4 error frontmatter']);
    expect(diags[0].message).toMatch(/never executed/);
    expect((globalThis as Record<string, unknown>).pwnedByCheck).toBe(false);
  });

  it('refuses aliases and merge keys with their line', () => {
    expect(check('---\ntitle: &t "x"\nsummary: *t\n---\n').map((d) => [d.line, d.rule, /alias/i.test(d.message)])).toEqual([[3, 'frontmatter', true]]);
    expect(check('---\nbase: &b {a: 1}\nx:\n  <<: *b\n---\n')[0]).toMatchObject({ rule: 'frontmatter' });
  });

  it('refuses what the site’s YAML reader refuses (parseYamlSafe), and accepts what it accepts', () => {
    const nested = (depth: number) => `a: ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}`;
    for (const yaml of [nested(20), nested(21), 'a: &x 1\nb: *x', 'a:\n  <<: {b: 1}', 'title: "ok"']) {
      let refused = false;
      try {
        parseYamlSafe(yaml);
      } catch {
        refused = true;
      }
      const diags = check(`---\n${yaml}\n---\n`).filter((d) => d.rule === 'frontmatter');
      expect([yaml, diags.length > 0]).toEqual([yaml, refused]);
    }
  });

  it('explains a missing, unclosed or non-mapping frontmatter', () => {
    expect(check('# Just a report\n')[0]).toMatchObject({ line: 1, rule: 'frontmatter', message: expect.stringMatching(/no frontmatter/) });
    expect(check('---\ntitle: x\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/not closed/) });
    expect(check('---\n- a\n---\n')[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not a mapping/) });
  });

  it('reads CRLF files and a BOM with the same positions', () => {
    const text = fixtureText();
    const line = lineOf(text, '"docker"');
    const bad = withLine(line, '  - "frobnicator"');
    expect(check(`\uFEFF${bad.replace(/\n/g, '\r\n')}`)).toEqual(check(bad));
  });

  it('gives a serialized (ingested-style) postmortem the same verdict as its hand-written twin', () => {
    const { data, body } = fixture();
    expect(check(serializePostmortem(data, body))).toEqual([]);
  });
});

describe('checkCollection', () => {
  it('reports duplicates at the later file, at its title line', () => {
    const a = checkText('a/x.md', fixtureText(), ctx).entry!;
    const b = checkText('b/x.md', fixtureText(), ctx).entry!;
    expect(checkCollection([a, b]).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['b/x.md:2:1 duplicate-id', 'b/x.md:2:8 duplicate-title']);
  });
});

describe('output', () => {
  const diags: Diagnostic[] = [
    { file: 'b.md', line: 3, column: 1, severity: 'warning', message: 'w', rule: 'no-cause' },
    { file: 'a.md', line: 9, column: 5, severity: 'error', message: 'e', rule: 'schema' },
  ];
  it('prints eslint-like lines sorted by file and line, then a summary', () => {
    expect(formatText(diags, summarize(2, diags))).toBe('a.md:9:5  error  e  (schema)\nb.md:3:1  warning  w  (no-cause)\n2 problems (1 error, 1 warning) in 2 files');
    expect(formatText([], summarize(1, []))).toBe('1 file checked, no problems');
  });
  it('prints ESLint’s JSON shape', () => {
    expect(JSON.parse(formatJson(['a.md', 'b.md', 'c.md'], diags))).toEqual([
      { filePath: 'a.md', messages: [{ ruleId: 'schema', severity: 2, message: 'e', line: 9, column: 5 }], errorCount: 1, warningCount: 0 },
      { filePath: 'b.md', messages: [{ ruleId: 'no-cause', severity: 1, message: 'w', line: 3, column: 1 }], errorCount: 0, warningCount: 1 },
      { filePath: 'c.md', messages: [], errorCount: 0, warningCount: 0 },
    ]);
  });
  it('formats field paths', () => {
    expect(formatPath(['timeline', 3, 'at'])).toBe('timeline[3].at');
    expect(formatPath([])).toBe('(frontmatter)');
  });
});
