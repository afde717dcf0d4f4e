/**
 * The completeness lint of `npm run check`, as one table of rules with stable ids. The checker runs them and
 * the "Writing a postmortem" page lists them from this same table, so docs and checks never drift apart.
 * Pure: the file system is reached only through `sourceExists`, which the caller provides.
 */
import { FIELD_ORDER, type Postmortem } from '../schema.ts';
import type { FieldPath } from './yaml-positions.ts';

export type Severity = 'error' | 'warning';

export interface LintContext {
  data: Postmortem;
  /** The frontmatter as written, before the schema dropped unknown fields and filled defaults. */
  raw: Record<string, unknown>;
  /** Known category ids (content/categories.yaml). */
  categories: ReadonlySet<string>;
  /** Known technology ids (content/technologies.yaml). */
  technologies: ReadonlySet<string>;
  /** Whether a `source` path still exists (relative to the project root). */
  sourceExists: (path: string) => boolean;
}

export interface Finding {
  message: string;
  /** The field at fault, e.g. ['timeline', 3, 'at']. */
  path: FieldPath;
}

/** One checked postmortem, as collection rules see it. */
export interface CheckedEntry {
  file: string;
  /** The entry id: the file name without .md, as the site's loader uses it. */
  id: string;
  data: Postmortem;
}

interface RuleBase {
  id: string;
  severity: Severity;
  /**
   * Severity by review state, where it differs: a reviewed postmortem claims to be complete (gaps are errors);
   * a generated one is unreviewed machine output (its contradictions are for the reviewer, like its warnings).
   */
  byReview?: Partial<Record<Postmortem['review'], Severity>>;
  description: string;
}

export interface FileRule extends RuleBase {
  scope: 'file';
  check: (ctx: LintContext) => Finding[];
}

export interface CollectionRule extends RuleBase {
  scope: 'collection';
  check: (entries: readonly CheckedEntry[]) => (Finding & { file: string })[];
}

/** Reported by the checker itself, before any other rule can run. */
export interface ParseRule extends RuleBase {
  scope: 'parse';
}

export type Rule = FileRule | CollectionRule | ParseRule;

const OWNER = /[(（]\s*(?:owner|负责人)\s*[:：]\s*[^)）\s][^)）]*[)）]|(?:^|[\s(（,，、])@[\p{L}\p{N}_.-]+/iu;

export const RULES: Rule[] = [
  { id: 'frontmatter', scope: 'parse', severity: 'error', description: 'The file starts with a YAML frontmatter between `---` lines that parses: no `---js` (never executed), no aliases or merge keys.' },
  { id: 'schema', scope: 'parse', severity: 'error', description: 'Every field matches the postmortem schema (src/lib/schema.ts): types, enums, quoted real dates.' },
  {
    id: 'unknown-field', scope: 'file', severity: 'warning',
    description: 'Every frontmatter field is a schema field: a misspelt one (`cause:` for `causes:`) would be silently dropped.',
    check: ({ raw }) => Object.keys(raw).flatMap((key) => (KNOWN_FIELDS.has(key) ? [] : [{ message: `unknown field "${key}"${suggest(key)}: it is dropped`, path: [key] }])),
  },
  {
    id: 'no-timeline', scope: 'file', severity: 'warning', byReview: { reviewed: 'error' },
    description: 'The timeline has at least one event (`npm run timeline` builds entries from notes).',
    check: ({ data }) => (data.timeline.length ? [] : [{ message: 'no timeline: add the key events (npm run timeline -- notes.txt)', path: ['timeline'] }]),
  },
  {
    id: 'no-cause', scope: 'file', severity: 'warning', byReview: { reviewed: 'error' },
    description: 'At least one cause is listed.',
    check: ({ data }) => (data.causes.length ? [] : [{ message: 'no cause: list the root cause and its triggers in causes', path: ['causes'] }]),
  },
  {
    id: 'no-fix', scope: 'file', severity: 'warning', byReview: { reviewed: 'error' },
    description: 'At least one fix (mitigation or resolution) is listed, unless the status is unresolved.',
    check: ({ data }) => (data.fixes.length || data.status === 'unresolved' ? [] : [{ message: 'no fix: list what stopped the impact in fixes', path: ['fixes'] }]),
  },
  {
    id: 'unknown-category', scope: 'file', severity: 'error',
    description: 'Every category is an id of content/categories.yaml (the site leaves out a postmortem with an unknown one).',
    check: ({ data, categories }) => data.categories.flatMap((id, i) => (categories.has(id) ? [] : [{ message: `unknown category "${id}"`, path: ['categories', i] }])),
  },
  {
    id: 'unknown-technology', scope: 'file', severity: 'warning',
    description: 'Every technology is an id of content/technologies.yaml (add new ones there).',
    check: ({ data, technologies }) => data.technologies.flatMap((id, i) => (technologies.has(id) ? [] : [{ message: `unknown technology "${id}" (add it to content/technologies.yaml)`, path: ['technologies', i] }])),
  },
  {
    id: 'timeline-order', scope: 'file', severity: 'warning', byReview: { reviewed: 'error' },
    description: 'Timed events are in chronological order.',
    check: ({ data }) => {
      const found: Finding[] = [];
      let last: string | null = null;
      data.timeline.forEach((event, i) => {
        if (!event.at || !spanOf(event.at)) return;
        if (last && isBefore(event.at, last)) found.push({ message: `event at ${event.at} comes after one at ${last}: events out of order`, path: ['timeline', i, 'at'] });
        else last = event.at;
      });
      return found;
    },
  },
  {
    id: 'end-before-start', scope: 'file', severity: 'error', byReview: { generated: 'warning' },
    description: 'Nothing ends before it starts: no resolve event before the start event, no negative time to detect or resolve.',
    check: ({ data }) => {
      const start = data.timeline.find((e) => e.kind === 'start' && e.at && spanOf(e.at));
      if (!start?.at) return [];
      return data.timeline.flatMap((e, i) =>
        e.kind === 'resolve' && e.at && isBefore(e.at, start.at!) ? [{ message: `resolved at ${e.at}, before the start at ${start.at}`, path: ['timeline', i, 'at'] }] : [],
      );
    },
  },
  {
    id: 'action-item-owner', scope: 'file', severity: 'warning', byReview: { reviewed: 'error' },
    description: 'Every action item names an owner: `(owner: name)` or `@name`.',
    check: ({ data }) => data.action_items.flatMap((item, i) => (OWNER.test(item) ? [] : [{ message: 'action item without an owner: add (owner: name) or @name', path: ['action_items', i] }])),
  },
  {
    id: 'source-missing', scope: 'file', severity: 'error',
    description: 'A `source` names a file that still exists (null when written by hand).',
    check: ({ data, sourceExists }) => (data.source === null || sourceExists(data.source) ? [] : [{ message: `source "${data.source}" no longer exists`, path: ['source'] }]),
  },
  {
    id: 'duplicate-id', scope: 'collection', severity: 'warning',
    description: 'No two postmortems share an id (file name, compared without case): they would share a URL.',
    check: (entries) => duplicates(entries, (e) => e.id.toLowerCase(), (e, first) => ({ file: e.file, message: `same id as ${first.file}`, path: [] })),
  },
  {
    id: 'duplicate-title', scope: 'collection', severity: 'warning',
    description: 'No two postmortems share a title: the same incident written twice, or two that need telling apart.',
    check: (entries) => duplicates(entries, (e) => e.data.title.trim().toLowerCase(), (e, first) => ({ file: e.file, message: `same title as ${first.file}`, path: ['title'] })),
  },
];

const KNOWN_FIELDS = new Set<string>(FIELD_ORDER);

/** ` (did you mean "causes"?)` for a near miss: a prefix of, or one edit away from, a known field. */
function suggest(key: string): string {
  const k = key.toLowerCase();
  const near = FIELD_ORDER.find((f) => f.startsWith(k) || k.startsWith(f) || oneEditApart(f, k));
  return near ? ` (did you mean "${near}"?)` : '';
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

export const FILE_RULES = RULES.filter((r): r is FileRule => r.scope === 'file');
export const COLLECTION_RULES = RULES.filter((r): r is CollectionRule => r.scope === 'collection');

export function severityFor(rule: Rule, data: Pick<Postmortem, 'review'> | null): Severity {
  return (data && rule.byReview?.[data.review]) ?? rule.severity;
}

function duplicates<T>(entries: readonly CheckedEntry[], key: (e: CheckedEntry) => string, report: (e: CheckedEntry, first: CheckedEntry) => T): T[] {
  const firsts = new Map<string, CheckedEntry>();
  const found: T[] = [];
  for (const entry of entries) {
    const first = firsts.get(key(entry));
    if (first) found.push(report(entry, first));
    else firsts.set(key(entry), entry);
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

/**
 * True when `a` lies wholly before `b`. A day or a month contains the times within it. Two times with zones
 * compare as instants; when either has no zone, both compare as wall-clock times (the source's local zone).
 */
export function isBefore(a: string, b: string): boolean {
  const zoned = ZONE.test(a) && ZONE.test(b);
  const sa = spanOf(zoned ? a : a.replace(ZONE, ''));
  const sb = spanOf(zoned ? b : b.replace(ZONE, ''));
  return !!sa && !!sb && sa.end <= sb.start;
}

const ZONE = /(Z|[+-]\d{2}:\d{2})$/;

/** The interval a timeline `at` covers, in ms since the epoch: a month, a day, a minute or a second. */
export function spanOf(at: string): Span | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?$/.exec(at);
  if (!m) return null;
  const [y, mo, d, h, mi, s, zone] = [+m[1], +m[2], m[3] ? +m[3] : null, m[4], m[5], m[6], m[7]];
  if (d === null) return { start: Date.UTC(y, mo - 1, 1), end: Date.UTC(y, mo, 1) };
  if (h === undefined) return { start: Date.UTC(y, mo - 1, d), end: Date.UTC(y, mo - 1, d + 1) };
  let start = Date.UTC(y, mo - 1, d, +h, +mi, s ? +s : 0);
  if (zone && zone !== 'Z') start -= (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(4, 6)) * 60_000;
  return { start, end: start + (s ? 1000 : 60_000) };
}
