/**
 * Timeline step: mdast → chronological events, the incident date, time to detect / resolve and warnings.
 *
 * Shape decisions (the site and the validator rely on them):
 * - Timed events have `at` set; events at the same `at` are merged into one (texts joined with " / ").
 * - A heading or a label paragraph whose section holds timed events is context (it dates what is under it),
 *   not an event; a date-only statement on a day that has timed events is a summary and is dropped (unless a
 *   part of the day follows its date: "第二天 下午 …").
 * - Untimed entries (`at: null`) appear only when a report has no dated event at all, in source order: its times
 *   of day when no date can be found for them (`when` "9:20"), else its longest run of numbered steps (`when`
 *   the step number as written, "1." / "1，"). The scorer and the site treat `at: null` as untimed.
 */
import type { Root } from 'mdast';
import type { TimelineEvent } from '../schema.ts';
import { collectNumberedSteps } from './timeline-steps.ts';
import { collectStatements, type Statement } from './timeline-walk.ts';
import { resolveCandidates, sortKeyOf, UNKNOWN_YEAR, type Candidate } from './timeline-resolve.ts';
import { classifyEvent, findIncidentDate, measureMinutes } from './timeline-facts.ts';
import { findTimelineWarnings } from './timeline-warnings.ts';
import { findAsideLines, findPlanLines, inRanges, isDoneOnDay } from './timeline-plans.ts';
import type { BodyFormat } from './parse.ts';
import { PERIOD } from './clock-zh.ts';
import { splitSections, type Section } from './sections.ts';

export interface TimelineOptions {
  /** zh / en / mixed: decides the ambiguous CST. */
  language?: string;
  /** The source frontmatter's date, often a publish date: used only when the body gives no better clue. */
  hintDate?: string | null;
  /** How the body was parsed: plain text has label-line headings ("FOLLOW-UP") that markdown would not. */
  format?: BodyFormat;
  /** The report's sections, when the caller has split them already (ingest does): they are not split again. */
  sections?: Section[];
}

export interface TimelineResult {
  events: TimelineEvent[];
  incidentDate: string | null;
  warnings: string[];
  timeToDetect: number | null;
  timeToResolve: number | null;
}

export function extractTimeline(tree: Root, options: TimelineOptions = {}): TimelineResult {
  const walked = collectStatements(tree);
  // due dates under "Action items" are plans: they are neither events nor a date context for what follows
  const sections = options.sections ?? splitSections(tree, options.format);
  const plans = findPlanLines(sections);
  const statements = plans.length ? walked.statements.filter((s) => !inRanges(s.line, plans) || isDoneOnDay(s.text)) : walked.statements;
  const evidence = walked.evidence;
  const { candidates, undated, yearUnknown } = resolveCandidates(statements, evidence, { ...options, asides: findAsideLines(sections) });
  // a line of figures with a time at its end (`212 1380 401 … 21:18:52`, pasted command output) tells no event
  const kept = dropSummaries(mergeSameMoment(dropContextLabels(candidates, statements))).filter((c) => !c.text || HAS_LETTER.test(c.text));
  const timed = kept.sort((a, b) => a.sortKey - b.sortKey || a.line - b.line);
  const events: TimelineEvent[] = timed.map((c) => {
    const kind = classifyEvent(c.text);
    return { at: c.at, when: c.when, text: c.text, line: c.line, ...(c.inferred ? { inferred: true } : {}), ...(kind ? { kind } : {}) };
  });
  const warnings = findTimelineWarnings(candidates, timed, options.hintDate ?? null);
  if (yearUnknown && events.length) warnings.push(`no year found: the timeline's dates are placed in ${UNKNOWN_YEAR}, which stands for the unknown year`);
  let steps: TimelineEvent[] = [];
  if (events.length && undated.length) {
    warnings.push(`${undated.length} time(s) without a date to place them on were left out of the timeline (first: line ${undated[0].line})`);
  } else if (undated.length) {
    // times of day but no date anywhere: untimed entries in source order, `when` keeps the time as written
    steps = undated.map((c) => ({ at: null, when: c.when, text: c.text, line: c.line }));
    warnings.push('no date found: the timeline lists times of day without a date, in source order');
  } else if (!events.length) {
    steps = collectNumberedSteps(tree);
    warnings.push(steps.length ? `no timestamps found: the timeline lists ${steps.length} numbered steps in source order` : 'no timeline found');
  }
  return {
    events: events.length ? events : steps,
    // a day in a stand-in year is no incident date
    incidentDate: yearUnknown ? null : findIncidentDate(events, logDays(statements), options.hintDate ?? null),
    warnings,
    timeToDetect: measureMinutes(events, 'detect'),
    timeToResolve: measureMinutes(events, 'resolve'),
  };
}

/** A dated heading (or a paragraph that is only a date) over timed entries is their context, not an event. */
function dropContextLabels(candidates: Candidate[], statements: Statement[]): Candidate[] {
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const label = c.origin === 'heading' || !c.text;
    if (!label) {
      out.push(c);
      continue;
    }
    const scope: Statement[] = [];
    let hasEvents = false;
    for (let i = c.index + 1; i < statements.length; i++) {
      const s = statements[i];
      if (s.origin === 'heading' && (c.origin !== 'heading' || (s.depth ?? 6) <= (c.depth ?? 6))) break;
      if (c.origin !== 'heading' && byIndex.has(i) && !byIndex.get(i)!.text) break;
      if (byIndex.has(i)) hasEvents = true;
      scope.push(s);
    }
    if (hasEvents) continue;
    // `### 5:00 PM` followed by "Incident declared": the first statement under the label says what happened
    const text = c.text || scope.find((s) => s.origin !== 'log')?.text || '';
    if (text) out.push({ ...c, text: text.length > 200 ? text.slice(0, 199) + '…' : text });
  }
  return out;
}

/**
 * Two statements at the same moment (a table row and its restatement in prose) are one event. "14:51 UTC" in
 * prose and "14:51" in the list are the same minute too: entries that differ only by one of them lacking a
 * zone merge, and the event keeps the zone. Two different zones are two moments.
 */
function mergeSameMoment(candidates: Candidate[]): Candidate[] {
  const groups: Candidate[][] = [];
  for (const byMinute of groupBy(candidates.filter((c) => c.at), (c) => withoutZone(c.at!))) {
    const zones = new Set(byMinute.map((c) => zoneOf(c.at!)).filter(Boolean));
    if (zones.size <= 1) groups.push(byMinute);
    else groups.push(...groupBy(byMinute, (c) => c.at!));
  }
  return groups.map(mergeGroup);
}

function mergeGroup(group: Candidate[]): Candidate {
  const first = group[0];
  if (group.length === 1) return first;
  // prefer an entry of a timeline (list, table, heading) that opens with its timestamp
  const primary = group.find((c) => c.lead && c.origin !== 'paragraph') ?? group.find((c) => c.lead) ?? group.find((c) => !c.secondary) ?? first;
  // a timestamp in the middle of a sentence that restates an entry ("因任务在 12-11 21:30 启动") adds no text,
  // nor does a later time of a sentence ("发现 16:30 的配置推送…") when anything else was said at that minute
  const others = group.filter((c) => c !== primary && (c.lead || !primary.lead) && !c.secondary);
  const texts = [...new Set([primary, ...others].map((c) => c.text))];
  let text = texts.join(' / ');
  if (text.length > 200 && [...text].length > 200) text = [...text].slice(0, 199).join('') + '…';
  const at = group.find((c) => zoneOf(c.at!))?.at ?? primary.at!;
  const partOfMonth = group.some((c) => c.partOfMonth) || undefined;
  return { ...primary, at, sortKey: sortKeyOf(at), text, inferred: group.every((c) => c.inferred) ? true : primary.inferred, partOfMonth };
}

const ZONE_SUFFIX = /(?:Z|[+-]\d{2}:\d{2})$/;
const zoneOf = (at: string) => ZONE_SUFFIX.exec(at)?.[0] ?? '';
const withoutZone = (at: string) => at.replace(ZONE_SUFFIX, '');

/** Items grouped by key, groups in the order of their first item. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** "第二天 下午 处理 dump 出来的消息": a day and a part of it is an event at an unwritten hour, not a summary of the day. */
const PART_OF_DAY = new RegExp(`^(?:${PERIOD})|^(?:in the (?:morning|afternoon|evening)|that (?:morning|afternoon|evening|night))\\b`, 'iu');

/** "The next morning the provider reported nothing unusual": the part of the day is in the date's own words. */
const PART_OF_DAY_WORD = new RegExp(`\\b(?:morning|afternoon|evening|night)\\b|${PERIOD}`, 'iu');

/**
 * "On 12 August 2025, …" next to timed entries of that day (or "in September" next to dated days) is a summary;
 * "从 8 月初开始" is a time within the month, before or after its dated days, and stays.
 */
function dropSummaries(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const at = c.at!;
    if (at.length > 10 || c.partOfMonth || PART_OF_DAY.test(c.text) || (c.lead && PART_OF_DAY_WORD.test(c.when))) return true;
    return !candidates.some((o) => o !== c && o.at!.length > at.length && o.at!.startsWith(at));
  });
}

const HAS_LETTER = /\p{L}/u;

function logDays(statements: Statement[]) {
  return statements.flatMap((s) => (s.logDay ? [s.logDay] : []));
}

export { sortKeyOf };
