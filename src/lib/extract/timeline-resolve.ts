/**
 * Statements → dated candidates. The first timestamp of a statement is its event time; later ones are
 * references ("reset the offset to 12-11 23:00"). Missing parts come from context, in this order: the
 * date in context (the last day-precise date seen: events, date headings, log lines), then the document's
 * reference date (its first explicit full date, else the year most evidence agrees on, else the hint).
 */
import { isRealDate } from '../schema.ts';
import { formatAt, parseDateTimes, type Moment } from './dates.ts';
import type { DayStamp } from './date-evidence.ts';
import type { Statement } from './timeline-walk.ts';
import { squeezeInner } from './text.ts';
import { findDeclaredZone } from './zones.ts';
import { isDeadline } from './timeline-plans.ts';

export interface Candidate {
  at: string | null;
  when: string;
  text: string;
  line: number;
  inferred: boolean;
  /** Index of the statement it came from. */
  index: number;
  origin: Statement['origin'];
  depth?: number;
  seq?: number;
  /** The timestamp opens the statement (a timeline entry) rather than sitting in the middle of a sentence. */
  lead: boolean;
  /** Minutes since the epoch (UTC when a zone is known) for sorting; -1 for untimed. */
  sortKey: number;
  /** Year written in the source (for contradiction warnings). */
  explicitYear: boolean;
  /** Month-precise, but a part of the month ("8 月初", "early October"): an event, not a summary of the month. */
  partOfMonth?: boolean;
}

export interface ResolveOptions {
  language?: string;
  hintDate?: string | null;
}

/** A preposition right before a timestamp: "On 2020-02-20", "在 12-11 21:30", "大约 11 号". */
const LEADING_WORD = /(?:\b(?:on|at|around|about|by|from|since|between|until)\s*|[在于从约自]\s*|大约\s*|大概\s*)$/i;

type Day = { year: number; month: number; day: number };
type Reference = Day & { trustDay: boolean };
/** The story's day; `overnight` when it was reached by a night that began the evening before (18点 … 凌晨2点). */
type Context = Day & { overnight?: boolean };
type Month = { year: number; month: number };

export function resolveCandidates(statements: Statement[], evidence: DayStamp[], options: ResolveOptions): { candidates: Candidate[]; undated: Candidate[] } {
  // each statement is parsed once: the reference date and the events read the same moments
  const parsed = statements.map((s) => (s.origin === 'log' ? [] : parseDateTimes(s.text, { language: options.language })));
  const docRef = findReferenceDate(parsed, evidence, options);
  const candidates: Candidate[] = [];
  const lastInSeq = new Map<number, Candidate>();
  let context: Context | undefined;
  // "2020 年 8 月" in the introduction: the month a bare "11 号" falls in when no day is in context yet
  let monthAnchor: Month | undefined;
  let lastTimed: Candidate | undefined;
  let zone: string | undefined;
  const documentZone = findDocumentZone(parsed);
  const undated: Candidate[] = [];

  statements.forEach((s, index) => {
    if (s.origin === 'log') {
      context = s.logDay;
      return;
    }
    zone = findDeclaredZone(s.text, options.language) ?? zone;
    const picked = pickMoment(s, parsed[index], options.language);
    if (!picked || isDeadline(picked.source, picked.moment)) return;
    const { moment: m, text } = picked;
    const day = completeDate(m, context, docRef, monthAnchor);
    if (!day) {
      // a time with no date anywhere to put it on: kept aside, the report may have nothing better
      if (text) undated.push({ at: null, when: m.raw.trim(), text, line: s.line, inferred: false, index, origin: s.origin, lead: true, sortKey: -1, explicitYear: false });
      return;
    }
    let { year, month } = day;
    let date = day.day;
    let inferred = day.inferred;
    const timeOnly = m.hour !== undefined && m.month === undefined && m.day === undefined && m.relativeDays === undefined;
    const prev = s.seq !== undefined ? lastInSeq.get(s.seq) : undefined;
    // [23:55] then [07:00] in one list: the next morning, not a step back in time
    const rollsInList = timeOnly && date !== undefined && isHoursBefore(m, { year, month, day: date }, prev, 360);
    // 11 号 18点 … 结果到了凌晨2点: the small hours after an evening are the next day, in prose as in lists
    const overnight = timeOnly && date !== undefined && !!m.smallHours && isHoursBefore(m, { year, month, day: date }, lastTimed, 0);
    if (rollsInList || overnight) ({ year, month, day: date } = addDays({ year, month, day: date! }, 1)), (inferred = true);
    const at = formatAt({ year, month, day: date, hour: m.hour, minute: m.minute, second: m.second, zone: m.hour !== undefined ? m.zone ?? zone ?? documentZone : undefined });
    const before = s.text.slice(0, Math.max(0, s.text.indexOf(m.raw))).replace(/^\s*(?:\d+\s*[.、，,)]|[-*•#])\s*/, '');
    const lead = s.origin === 'row' || before.replace(LEADING_WORD, '').trim().length <= 2;
    const candidate: Candidate = {
      at,
      when: m.raw.trim(),
      text,
      line: s.line,
      inferred,
      index,
      origin: s.origin,
      depth: s.depth,
      seq: s.seq,
      lead,
      sortKey: at ? sortKeyOf(at) : -1,
      explicitYear: m.year !== undefined,
      ...(m.partOfMonth && date === undefined ? { partOfMonth: true } : {}),
    };
    candidates.push(candidate);
    if (s.seq !== undefined && m.hour !== undefined) lastInSeq.set(s.seq, candidate);
    if (m.hour !== undefined && date !== undefined) lastTimed = candidate;
    if (date === undefined && m.year !== undefined) monthAnchor = { year, month };
    // flashbacks in the middle of a sentence do not move the story's date; headings and leading stamps do
    if (date !== undefined) {
      const here = { year, month, day: date };
      const sameNight = overnight || (timeOnly && context?.overnight && compareDay(here, context) === 0);
      if (!context || lead || s.origin === 'heading' || compareDay(here, context) >= 0) context = { ...here, overnight: sameNight || undefined };
    }
  });
  return { candidates, undated };
}

/**
 * The zone of a report that writes a zone only on some of its times, and always the same one ("03:10 CET" in the
 * summary, bare "08:50" in the log of actions): its bare times are in that zone too. Without it, a bare 08:50
 * would sort before "08:35 CET" and would not merge with the same minute written with its zone.
 */
function findDocumentZone(parsed: Moment[][]): string | undefined {
  const zones = new Set(parsed.flatMap((moments) => moments.flatMap((m) => (m.zone ? [m.zone] : []))));
  return zones.size === 1 ? [...zones][0] : undefined;
}

/**
 * The statement's event moment and its text without it; table rows read the time cell and the other cells.
 * `source` is the text the moment's index points into (the statement, or the row's cell).
 */
function pickMoment(s: Statement, moments: Moment[], language?: string): { moment: Moment; text: string; source: string } | undefined {
  if (s.cells) {
    for (const [i, cell] of s.cells.entries()) {
      const found = parseDateTimes(cell, { language });
      if (!found.length) continue;
      let moment = found[0];
      const own = found[0].raw;
      let rest = s.cells.filter((_, j) => j !== i);
      // | 2022-02-09 | 08:03 | … |: a date column and a time column
      const next = s.cells[i + 1] ? parseDateTimes(s.cells[i + 1], { language })[0] : undefined;
      if (moment.hour === undefined && next && next.index === 0 && next.month === undefined && next.hour !== undefined) {
        moment = { ...next, ...moment, hour: next.hour, minute: next.minute, second: next.second, zone: next.zone, raw: `${moment.raw} ${next.raw}` };
        rest = s.cells.filter((_, j) => j !== i && j !== i + 1);
      }
      const leftover = cleanText(cell.replace(own, ''));
      return { moment, text: cleanText([leftover, ...rest].filter(Boolean).join(' — ')), source: cell };
    }
    return undefined;
  }
  const moment = moments[0];
  if (!moment) return undefined;
  const head = s.text.slice(0, moment.index).replace(LEADING_WORD, '');
  return { moment, text: cleanText(head + ' ' + s.text.slice(moment.index + moment.raw.length)), source: s.text };
}

/** One line of plain text: list markers, empty brackets and leading separators removed, at most 200 chars. */
export function cleanText(text: string): string {
  let t = squeezeInner(text.replace(/[[(（【<]\s*[\])）】>]/g, ' '))
    .replace(/\s+([,，。、;；:：)）])/g, '$1')
    .trim()
    .replace(/^(?:\d+\s*[.、，)]\s*)+/, '')
    .replace(/^[\s:：,，.、;；\-–—|~～]+/, '')
    .trim();
  // code points never outnumber UTF-16 units: only a long string needs counting
  if (t.length > 200 && [...t].length > 200) t = [...t].slice(0, 199).join('').replace(/\s+\S*$/, '') + '…';
  return t;
}

/**
 * The time of day `m` on `day` is earlier than `prev`, by more than `minutes`. Local clock times are compared:
 * both are read in the same zone.
 */
function isHoursBefore(m: Moment, day: Day, prev: Candidate | undefined, minutes: number): boolean {
  if (!prev || prev.sortKey < 0 || !prev.at || prev.at.length <= 10) return false;
  const key = toMinutes(day.year, day.month, day.day, m.hour!, m.minute ?? 0, undefined);
  return prev.sortKey + zoneMinutes(prev.at) - key > minutes;
}

function completeDate(m: Moment, context: Context | undefined, reference: Reference | undefined, monthAnchor?: Month): (Partial<Day> & { year: number; month: number; inferred: boolean }) | undefined {
  const trusted = context ?? (reference?.trustDay ? reference : undefined);
  if (m.relativeDays !== undefined) {
    // 第二天早上 after a night that began the evening before counts from that evening's day
    const from = context?.overnight ? addDays(context, -1) : trusted;
    return from ? { ...addDays(from, m.relativeDays), inferred: true } : undefined;
  }
  if (m.month !== undefined) {
    if (m.year !== undefined) return { year: m.year, month: m.month, day: m.day, inferred: false };
    const ref = context ?? reference;
    if (!ref) return undefined;
    const year = m.day !== undefined ? nearestYear(m.month, m.day, ref) : ref.year;
    if (m.day !== undefined && !isRealDate(year, m.month, m.day)) return undefined;
    return { year, month: m.month, day: m.day, inferred: true };
  }
  if (m.day !== undefined) {
    // 11 号: the month in context, or the one before when that would put the day well after the context
    if (!trusted) return monthAnchor && isRealDate(monthAnchor.year, monthAnchor.month, m.day) ? { ...monthAnchor, day: m.day, inferred: true } : undefined;
    let { year, month } = trusted;
    if (m.day > trusted.day + 7) ({ year, month } = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 });
    return isRealDate(year, month, m.day) ? { year, month, day: m.day, inferred: true } : undefined;
  }
  if (m.hour === undefined || !trusted) return undefined;
  return { year: trusted.year, month: trusted.month, day: trusted.day, inferred: true };
}

/** The year that puts month-day nearest the reference day (12-30 next to 2022-01-03 is 2021-12-30). */
export function nearestYear(month: number, day: number, ref: Day): number {
  const refKey = toMinutes(ref.year, ref.month, ref.day, 0, 0);
  let best = ref.year;
  for (const y of [ref.year - 1, ref.year + 1]) {
    if (Math.abs(toMinutes(y, month, day, 0, 0) - refKey) < Math.abs(toMinutes(best, month, day, 0, 0) - refKey)) best = y;
  }
  return best;
}

/**
 * First explicit full date in prose; else the year most evidence dates share (its earliest day); else the hint.
 * An evidence day is when a screenshot or log was made: it places a month-day in a year, but a bare time is
 * not put on that day.
 */
function findReferenceDate(parsed: Moment[][], evidence: DayStamp[], options: ResolveOptions): Reference | undefined {
  for (const moments of parsed) {
    const full = moments.find((m) => m.year !== undefined && m.day !== undefined);
    if (full) return { year: full.year!, month: full.month!, day: full.day!, trustDay: true };
  }
  if (evidence.length) {
    const counts = new Map<number, number>();
    for (const e of evidence) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
    const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
    const first = evidence.filter((e) => e.year === year).sort(compareDay)[0];
    return { ...first, trustDay: false };
  }
  const hint = /^(\d{4})-(\d{2})-(\d{2})/.exec(options.hintDate ?? '');
  return hint ? { year: +hint[1], month: +hint[2], day: +hint[3], trustDay: true } : undefined;
}

export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDay(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function toMinutes(y: number, mo: number, d: number, h: number, mi: number, zone?: string): number {
  return Date.UTC(y, mo - 1, d, h, mi) / 60000 - zoneMinutesOf(zone);
}

function zoneMinutesOf(zone?: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/** The offset in minutes of an `at` string's zone (0 for Z or none). */
export function zoneMinutes(at: string | null): number {
  return zoneMinutesOf(/([+-]\d{2}:\d{2})$/.exec(at ?? '')?.[1]);
}

/** Minutes since the epoch, zone-adjusted; day- and month-precise values sort at their start. */
export function sortKeyOf(at: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(at)!;
  return toMinutes(+m[1], +m[2], m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, /([+-]\d{2}:\d{2})$/.exec(at)?.[1]);
}
