import { describe, expect, it } from 'vitest';
import { COLLECTION_RULES, FILE_RULES, isBefore, RULES, severityFor, spanOf, type CheckedEntry } from '../../../src/lib/authoring/lint.ts';
import type { Postmortem } from '../../../src/lib/schema.ts';
import { context, fixture } from './helpers.ts';

type Edit = (d: Postmortem) => void;
const ev = (at: string | null, kind?: Postmortem['timeline'][number]['kind']) => ({ at, when: at ?? '', text: 'x', line: 1, ...(kind ? { kind } : {}) });

/** For every file rule: an edit that breaks it (with the path it must report) and one that passes. */
const FILE_CASES: Record<string, { fail: Edit; path: (string | number)[]; pass: Edit }> = {
  'unknown-field': { fail: (d) => void ((d as Record<string, unknown>).cause = ['x']), path: ['cause'], pass: () => {} },
  'no-timeline': { fail: (d) => void (d.timeline = []), path: ['timeline'], pass: () => {} },
  'no-cause': { fail: (d) => void (d.causes = []), path: ['causes'], pass: () => {} },
  'no-fix': { fail: (d) => void (d.fixes = []), path: ['fixes'], pass: (d) => void ((d.fixes = []), (d.status = 'unresolved')) },
  'unknown-category': { fail: (d) => void d.categories.push('gremlins'), path: ['categories', 2], pass: () => {} },
  'unknown-technology': { fail: (d) => void (d.technologies = ['kafka', 'frobnicator']), path: ['technologies', 1], pass: () => {} },
  'timeline-order': {
    fail: (d) => void (d.timeline = [ev('2021-02-25T19:56'), ev(null), ev('2021-02-25T19:50'), ev('2021-02-26')]),
    path: ['timeline', 2, 'at'],
    // a day contains its times; untimed steps and zones are handled
    pass: (d) => void (d.timeline = [ev('2021-02-25'), ev('2021-02-25T19:56'), ev(null), ev('2021-02-25T20:30+08:00'), ev('2021-02-25T12:40Z'), ev('2021-03')]),
  },
  'end-before-start': {
    fail: (d) => void (d.timeline = [ev('2021-02-25T10:00', 'resolve'), ev('2021-02-25T11:00', 'start')]),
    path: ['timeline', 0, 'at'],
    pass: (d) => void (d.timeline = [ev('2021-02-25T10:00', 'start'), ev('2021-02-25T11:00', 'resolve')]),
  },
  'action-item-owner': {
    fail: (d) => void d.action_items.push('email me at a@b.c later'),
    path: ['action_items', 2],
    pass: (d) => void (d.action_items = ['x (owner: alice)', 'y （负责人：张三）', '@bob z', 'w, @li_si', '改进告警（owner：王五）']),
  },
  'source-missing': { fail: (d) => void (d.source = 'content/inbox/gone.txt'), path: ['source'], pass: (d) => void (d.source = 'content/inbox/here.txt') },
};

describe('file rules', () => {
  it('every file rule has a failing and a passing case', () => {
    expect(Object.keys(FILE_CASES).sort()).toEqual(FILE_RULES.map((r) => r.id).sort());
  });
  for (const rule of FILE_RULES) {
    const c = FILE_CASES[rule.id];
    it(`${rule.id}: fails, pointing at ${c?.path.join('.')}`, () => {
      const { data } = fixture();
      c.fail(data);
      expect(rule.check({ ...context(['content/inbox/here.txt']), data, raw: data })).toEqual([expect.objectContaining({ path: c.path })]);
    });
    it(`${rule.id}: passes`, () => {
      const { data } = fixture();
      c.pass(data);
      expect(rule.check({ ...context(['content/inbox/here.txt']), data, raw: data })).toEqual([]);
    });
  }
});

it('unknown-field suggests the field that was meant', () => {
  const rule = FILE_RULES.find((r) => r.id === 'unknown-field')!;
  const { data } = fixture();
  const messages = (raw: Record<string, unknown>) => rule.check({ ...context(), data, raw }).map((f) => f.message);
  expect(messages({ ...data, cause: [], tecnologies: [], author: 'x' })).toEqual([
    'unknown field "cause" (did you mean "causes"?): it is dropped',
    'unknown field "tecnologies" (did you mean "technologies"?): it is dropped',
    'unknown field "author": it is dropped',
  ]);
});

describe('collection rules', () => {
  const entry = (file: string, title: string): CheckedEntry => ({ file, id: file.replace(/^.*\//, '').replace(/\.md$/, ''), data: { ...fixture().data, title } });
  const byId = (id: string) => COLLECTION_RULES.find((r) => r.id === id)!;
  it('every collection rule is covered here', () => {
    expect(COLLECTION_RULES.map((r) => r.id).sort()).toEqual(['duplicate-id', 'duplicate-title']);
  });
  it('duplicate-id: the same file name in two folders (or two cases) fails; distinct ones pass', () => {
    expect(byId('duplicate-id').check([entry('a/x.md', 'A'), entry('b/X.md', 'B')])).toEqual([{ file: 'b/X.md', message: 'same id as a/x.md', path: [] }]);
    expect(byId('duplicate-id').check([entry('a/x.md', 'A'), entry('a/y.md', 'B')])).toEqual([]);
  });
  it('duplicate-title: the same title (case and spaces aside) fails; distinct ones pass', () => {
    expect(byId('duplicate-title').check([entry('a.md', 'Disk full'), entry('b.md', ' disk FULL ')])).toEqual([{ file: 'b.md', message: 'same title as a.md', path: ['title'] }]);
    expect(byId('duplicate-title').check([entry('a.md', 'Disk full'), entry('b.md', 'Disk full again')])).toEqual([]);
  });
});

describe('the rule table', () => {
  it('has unique kebab-case ids and a description for each rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });
  it('escalates completeness warnings to errors once a postmortem is reviewed', () => {
    const rule = FILE_RULES.find((r) => r.id === 'no-timeline')!;
    expect(severityFor(rule, { review: 'draft' })).toBe('warning');
    expect(severityFor(rule, { review: 'generated' })).toBe('warning');
    expect(severityFor(rule, { review: 'reviewed' })).toBe('error');
    expect(severityFor(FILE_RULES.find((r) => r.id === 'unknown-technology')!, { review: 'reviewed' })).toBe('warning');
  });
  it('keeps contradictions in unreviewed machine output (review: generated) as warnings', () => {
    const rule = FILE_RULES.find((r) => r.id === 'end-before-start')!;
    expect(severityFor(rule, { review: 'generated' })).toBe('warning');
    expect(severityFor(rule, { review: 'draft' })).toBe('error');
  });
  it('spanOf covers a month, a day, a minute and a second, honouring zones', () => {
    expect(spanOf('2021-02')).toEqual({ start: Date.UTC(2021, 1, 1), end: Date.UTC(2021, 2, 1) });
    expect(spanOf('2021-02-25')!.end - spanOf('2021-02-25')!.start).toBe(86_400_000);
    expect(spanOf('2021-02-25T20:00+08:00')!.start).toBe(spanOf('2021-02-25T12:00Z')!.start);
    expect(spanOf('2021-02-25T12:00:30')!.end - spanOf('2021-02-25T12:00:30')!.start).toBe(1000);
    expect(spanOf('yesterday')).toBeNull();
    expect(isBefore('2021-02-25T12:00Z', '2021-02-25T19:56+08:00')).toBe(false); // 12:00Z is 20:00 in +08:00
    expect(isBefore('2021-02-25T19:50', '2021-02-25T19:56+08:00')).toBe(true); // wall clock when one has no zone
    expect(isBefore('2021-02-25', '2021-02-25T10:00')).toBe(false);
  });
});
