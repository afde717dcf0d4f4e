/**
 * Statements → dated candidates. The first timestamp of a statement is its event time; later ones are
 * references ("reset the offset to 12-11 23:00"). Missing parts come from context, in this order: the
 * date in context (the last day-precise date seen: events, date headings, log lines), then the document's
 * reference date (its first explicit full date, else the year most evidence agrees on, else the hint).
 */
import { isRealDate } from '../schema.ts';
import { formatAt, hasDatePart, parseDateTimes, daysOfWord, writeUpDayOf, writeUpDaysOpening, WEEKDAY_NAMES, WEEKDAY_WORD, type Moment } from './dates.ts';
import type { DayStamp } from './date-evidence.ts';
import type { Statement } from './timeline-walk.ts';
import { squeezeInner, stripApproximation } from './text.ts';
import { allMatches } from './regex-all.ts';
import { findDeclaredZone } from './zones.ts';
import { ZH_WEEK, ZH_WEEKDAY_DAY, ZH_WEEKDAY_NUMBER } from './clock-zh.ts';
import { inRanges, isDeadline, isPlannedTime, isRoutineOpening } from './timeline-plans.ts';
import { findWriteUpDay, findWriteUpLines, namedYearOf } from './write-up.ts';

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
  /** A later clock time of a sentence that has its own event ("… 研发同学 15:05 执行的"): it adds no text to a merge. */
  secondary?: boolean;
  /** Month-precise, but a part of the month ("8 月初", "early October"): an event, not a summary of the month. */
  partOfMonth?: boolean;
}

export interface ResolveOptions {
  language?: string;
  hintDate?: string | null;
  /**
   * Source lines [from, to] of explanations told out of the story's order (causes, background): their dates are
   * events, but the story's day is the same after them as before ("二、原因 … 9 月 11 号下午发了一个版本 …
   * 三、处理过程 凌晨2点半 …" goes on from the night the story had reached).
   */
  asides?: [number, number][];
}

/** A preposition right before a timestamp: "On 2020-02-20", "在 12-11 21:30", "大约 11 号". */
const LEADING_WORD = /(?:\b(?:on|in) the (?:early |late )?(?:morning|afternoon|evening|night|hours) of\s*|\b(?:on|at|around|about|by|from|since|between|until|in|during)\s*|[在于从约自]\s*|大约\s*|大概\s*)$/i;

type Day = { year: number; month: number; day: number };
/**
 * `yearUnknown`: no year anywhere in the report (nor a hint), `year` is UNKNOWN_YEAR standing in for it.
 * `writtenOn`: the day the report was written or published ("于 2023-09-14 21:37:05 发布"): what it tells came before.
 */
type Reference = Day & {
  trustDay: boolean;
  yearUnknown?: boolean;
  writtenOn?: boolean;
  /** Days the stand-in year's calendar is off from the report's own weekdays (`weekdayShift`). */
  weekdayShift?: number;
};

/**
 * Stands in for the year of a report that never writes one ("6月3日 凌晨2点", "[02:14]"): its events keep their
 * month, day and order, are all marked inferred, and the incident date stays unknown. A leap year, so that 2 月 29 日
 * is a real day.
 */
export const UNKNOWN_YEAR = 2000;
/**
 * The story's day; `overnight` when it was reached by a night that began the evening before (18点 … 凌晨2点);
 * `ordinal` when it was named as the story's n-th day (第二天): the same words later name the same day.
 */
type Context = Day & { overnight?: boolean; ordinal?: string };
type Month = { year: number; month: number };

export function resolveCandidates(
  statements: Statement[],
  evidence: DayStamp[],
  options: ResolveOptions,
): { candidates: Candidate[]; undated: Candidate[]; yearUnknown: boolean } {
  // each statement is parsed once: the reference date and the events read the same moments
  const parsed = statements.map((s) => (s.origin === 'log' ? [] : parseDateTimes(s.text, { language: options.language, offsets: true })));
  const writeUpLines = findWriteUpLines(statements);
  const found = findReferenceDate(parsed, evidence, options, statements, writeUpLines);
  const docRef = found?.yearUnknown ? { ...found, weekdayShift: weekdayShift(statements, parsed) } : found;
  // "昨晚 23:40", "this morning at 06:20": days named from the day the report was written, when it says which
  const writeUp = findWriteUpDay(statements, parsed, writeUpLines);
  // "T+0 = 2025-04-16 13:05 UTC" … "T+1h18m — index build completes": times counted from an anchor the report sets
  const anchor = findOffsetAnchor(statements, parsed);
  const candidates: Candidate[] = [];
  const lastInSeq = new Map<number, Candidate>();
  // list entries that wrote their own day ("- 4 月 9 日 19:00 …")
  const datedEntries = new Set<Candidate>();
  // a list's or table's last entry that wrote a day and no time ("| 3 月 5 日 | DBA 改了参数 |"), until a timed one
  const dayOnlyEntry = new Map<number, Candidate>();
  let context: Context | undefined;
  // "2020 年 8 月" in the introduction: the month a bare "11 号" falls in when no day is in context yet
  let monthAnchor: Month | undefined;
  let lastTimed: Candidate | undefined;
  let zone: string | undefined;
  const documentZone = findDocumentZone(parsed);
  const undated: Candidate[] = [];

  let commentDay: Day | undefined;
  // the day of each clock time told so far (HH:MM → day), for a time told again later
  const toldBefore = new Map<string, Day>();
  // the story's day when an aside began, given back when it ends
  let beforeAside: { context: Context | undefined; first?: Context } | undefined;
  statements.forEach((s, index) => {
    const aside = !!options.asides && inRanges(s.line, options.asides);
    if (aside && !beforeAside) beforeAside = { context };
    // …unless the story had no day yet: then an aside's day ("背景：计划在 6 月 19 日晚 22:00 的窗口内…") is where it starts
    // (its first day: "9 月 8 日是选课开放日 … 8 月 21 日切完流量" in the background, then "下午两点选课开放")
    else if (!aside && beforeAside) (context = beforeAside.context ?? beforeAside.first ?? context), (beforeAside = undefined);
    if (aside && beforeAside && !beforeAside.context && !beforeAside.first && context) beforeAside.first = context;
    if (s.origin === 'log') {
      context = s.logDay;
      return;
    }
    zone = findDeclaredZone(s.text, options.language) ?? zone;
    // "**Bob Ferreira** — 2025-01-22T14:07:31Z": a comment's header; its "today" and "yesterday" are counted from it
    const header = commentHeaderDay(s, parsed[index]);
    commentDay = header ?? commentDay;
    // "前天下午，为活动提前扩容…", "Last night the disk died": the story is on that day from here
    const opening = writeUp && !s.cells ? writeUpDaysOpening(s.text) : undefined;
    // "Report date: 2024-02-09", "发布于 2023年3月5日": when the write-up was made, neither an event nor the story's day
    // …unless it names the story's day from itself ("昨晚下单超时的事（2024-11-13 老周整理）")
    if (writeUpLines[index]) {
      if (opening) context = addDays(writeUp!, opening.days);
      return;
    }
    // "**Timeline (yesterday, ET)**", "## 今天的处理经过": a label naming a day from the write-up puts the story on it
    const labelled = writeUp && !parsed[index].length ? labelDay(s) : undefined;
    if (labelled !== undefined) context = addDays(writeUp!, labelled);
    const offset = anchor ? offsetEvent(s, index, anchor) : undefined;
    if (offset) {
      candidates.push(offset);
      return;
    }
    if (opening) {
      context = addDays(writeUp!, opening.days);
      // …and is an event at an hour it does not say, unless a clock time goes with the words ("昨天下午 5 点多")
      const text = textWithout(s.text, opening.index, opening.raw.length);
      const at = formatAt(context);
      if (at && text && !parsed[index].some((m) => writeUpDayOf(s.text, m)?.index === opening.index)) {
        candidates.push({ at, when: opening.raw, text, line: s.line, inferred: true, index, origin: s.origin, depth: s.depth, seq: s.seq, lead: true, sortKey: sortKeyOf(at), explicitYear: false });
      }
    }
    const picked = pickMoment(s, parsed[index], options.language);
    if (picked?.moment.offsetMinutes !== undefined) {
      // "Two hours later ingest-01 crossed 85%", "Sam remembered the rule about ten minutes later": counted from the
      // time told just before; a count with no such time (in a summary, a lesson, an aside) is no event
      const last = latestRecent(candidates, index, context);
      const m = picked.moment;
      // it opens or closes its sentence: in the middle of one ("minimum = 3600 秒——一小时后才会重新解析") it explains
      const placed = opensWith(s.text.slice(0, m.index)) || !HAS_WORD.test(s.text.slice(m.index + m.raw.length));
      const later = !aside && placed && last ? laterThan(last, m, picked.text, s, index) : undefined;
      if (later) candidates.push((lastTimed = later));
      return;
    }
    if (!picked || isDeadline(picked.source, picked.moment) || isSpanValue(picked.source, picked.moment) || isRoutineTime(s, picked.moment)) return;
    const { moment: written } = picked;
    // "昨天 15:40", "昨晚 23:40": from the day the report was written; a report that does not say it (a chat export)
    // speaks from the day its story is on
    // …and in an entry that opens with its own full date ("陈立 2024-06-03 21:36 是我们今天下午 4 点上线的"), from that
    const entryDay = written.year !== undefined && written.month !== undefined && written.day !== undefined && opensWith(s.text.slice(0, written.index)) ? { year: written.year, month: written.month, day: written.day } : undefined;
    const today: Day | undefined = entryDay ?? commentDay ?? writeUp ?? context;
    const named = today && !s.cells ? writeUpDayOf(s.text, written) : undefined;
    const text = named ? textWithout(s.text, named.index, named.raw.length) : picked.text;
    const day = named ? { ...addDays(today!, named.days), inferred: true } : completeDate(written, context, docRef, monthAnchor, writeUp);
    if (!day) {
      // a time with no date anywhere to put it on: kept aside, the report may have nothing better
      if (text) undated.push({ at: null, when: written.raw.trim(), text, line: s.line, inferred: false, index, origin: s.origin, lead: true, sortKey: -1, explicitYear: false });
      return;
    }
    let { year, month } = day;
    let date = day.day;
    // 下午3点10分 … 3点15分: a clock with no part of the day goes on from an afternoon told just before; "11:30" then
    // "1:15" in one list, the hour written with one digit, is after lunch (a 12-hour clock), not the next night
    const prev = s.seq !== undefined ? lastInSeq.get(s.seq) : undefined;
    const afternoon = isAfternoonClock(written, lastTimed, { year, month, day: date }) || isAfterNoonInList(written, s.text, prev, { year, month, day: date });
    const m = afternoon ? { ...written, hour: written.hour! + 12 } : written;
    // the zone its clock is read in: its own, the one declared above it, or the report's
    const clockZone = m.zone ?? zone ?? documentZone;
    let inferred = day.inferred;
    const timeOnly = m.hour !== undefined && !hasDatePart(m) && !named;
    const lead = s.origin === 'row' || opensWith(s.text.slice(0, Math.max(0, s.text.indexOf(m.raw))));
    // [23:55] then [07:00] in one list: the next morning, not a step back in time (a time in the middle of an item,
    // "查 YARN 发现该任务 00:20 左右被 kill 了", looks back instead)
    // "- 4 月 9 日 19:00 提交变更工单" then "- 14:20 执行变更" in a report dated 4 月 10 日: a time that steps back after a
    // list entry with its own date is on the report's day when that comes after the entry's (the entry was a prelude)
    const afterPrelude = timeOnly && lead && date !== undefined && !!prev && datedEntries.has(prev) && isHoursBefore(m, { year, month, day: date }, prev, PRELUDE_STEP_BACK, clockZone);
    // "| 3 月 5 日 | 改了参数 |" then "| 14:02 | 专线抖动 |" in a report of 3 月 19 日: the first time after a day-only entry
    // is on the report's day when that comes weeks after the entry (the entry was the background)
    const afterDayOnly = timeOnly && lead && date !== undefined && !prev && s.seq !== undefined && dayOnlyEntry.has(s.seq);
    const preludeDays = afterPrelude ? MAX_PRELUDE_DAYS : afterDayOnly ? MAX_DAY_ONLY_PRELUDE_DAYS : 0;
    const reportDay = preludeDays && docRef?.trustDay && isDaysAfter(docRef, { year, month, day: date! }, preludeDays) ? docRef : undefined;
    if (reportDay) ({ year, month, day: date } = reportDay), (inferred = true);
    const rollsInList = !reportDay && timeOnly && lead && date !== undefined && isHoursBefore(m, { year, month, day: date }, prev, 360, clockZone);
    // 11 号 18点 … 结果到了凌晨2点: the small hours after an evening are the next day, in prose as in lists; after a
    // morning ("[09:30] 补单 … 偏偏凌晨 2 点开始？") they look back to the night the story began in
    const overnight = timeOnly && date !== undefined && !!m.smallHours && isAfternoonOrLater(lastTimed) && isHoursBefore(m, { year, month, day: date }, lastTimed, 0, clockZone);
    if (rollsInList || overnight) ({ year, month, day: date } = addDays({ year, month, day: date! }, 1)), (inferred = true);
    // "Writes were blocked from 01:38 to 02:41" after the timeline: a time told again in the middle of a sentence
    // is the event told before at that time, on its day
    // …and so is the first entry of a list or table that tells the story again after the prose told it ("## Timeline"
    // under "## What happened"), when the prose had moved on to a later day
    const before = timeOnly ? toldBefore.get(clockKey(m)) : undefined;
    const retold = !!before && lead && s.seq !== undefined && !prev && date !== undefined && compareDay(before, { year, month, day: date }) < 0;
    const told = !lead || retold ? before : undefined;
    if (told) ({ year, month, day: date } = told);
    const at = formatAt({ year, month, day: date, hour: m.hour, minute: m.minute, second: m.second, zone: m.hour !== undefined ? clockZone : undefined });
    const candidate: Candidate = {
      at,
      when: (named?.raw ?? m.raw).trim(),
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
    // "The bug was introduced in June 2022" under Root cause: a month told in an explanation is its history, not an event
    if (!(aside && date === undefined)) candidates.push(candidate);
    if (date !== undefined) {
      const later = secondaryCandidates(s, parsed[index], written, candidate, { year, month, day: date }, zone ?? documentZone, today);
      candidates.push(...later);
      // "On May 20 the migration ran at 16:05": a time told in the middle of a sentence is told on its day too, and is
      // the last time told ("这周二（4月9日）下午 3 点 10 分左右…" then "3点25分 重启": the afternoon goes on)
      if (later.length) lastTimed = later[later.length - 1];
      for (const c of later) {
        const clock = clockOfAt(c.at);
        if (clock && !toldBefore.has(clock.key)) toldBefore.set(clock.key, clock.day);
      }
    }
    if (s.seq !== undefined && m.hour !== undefined && lead) lastInSeq.set(s.seq, candidate);
    if (s.seq !== undefined && lead && m.hour === undefined && m.day !== undefined) dayOnlyEntry.set(s.seq, candidate);
    if (s.seq !== undefined && m.day !== undefined && lead) datedEntries.add(candidate);
    if (m.hour !== undefined && date !== undefined) {
      lastTimed = candidate;
      if (!told) toldBefore.set(clockKey(m), { year, month, day: date });
    }
    if (date === undefined && m.year !== undefined) monthAnchor = { year, month };
    // flashbacks in the middle of a sentence do not move the story's date; headings and leading stamps do, and so
    // does a later day in the middle of a sentence, unless it is an outlook told before the story has begun
    // …and a comment's header: a thread shown newest first tells each comment on its own, earlier, day
    if (date !== undefined && !isOutlook(m, lead, lastTimed)) {
      const here = { year, month, day: date };
      const sameNight = overnight || (timeOnly && context?.overnight && compareDay(here, context) === 0);
      const ordinal = ordinalDay(m);
      if (!context || lead || header || s.origin === 'heading' || compareDay(here, context) >= 0) context = { ...here, overnight: sameNight || undefined, ordinal };
    }
  });
  return { candidates, undated, yearUnknown: !!docRef?.yearUnknown };
}

/**
 * "… were reconciled the next day." in the summary above a timeline of bare times: a relative day in the middle of
 * a sentence, before any time of day was told, looks ahead to the outcome. The story has not reached that day, and
 * the timeline below must not be put on it.
 */
function isOutlook(m: Moment, lead: boolean, lastTimed: Candidate | undefined): boolean {
  return m.relativeDays !== undefined && !lead && !lastTimed;
}

/**
 * Later clock times of a sentence whose first moment is its event: "15:18 查到 ALTER 语句，是研发同学 15:05 执行的",
 * "The email arrived at 01:52 CET and was read at 09:00", "On 3 May, ingestion stopped at 03:10". Each is an
 * event on the day of the first, told by its own clause. Ranges were joined by the parser ("20:01 ~ 20:38" is one
 * moment): a range is an event, at its start, only after a date-only opening. Planned and routine times
 * ("计划 23:50 生效", "every night at 02:00") are not events.
 */
function secondaryCandidates(s: Statement, moments: Moment[], primary: Moment, event: Candidate, day: Day, contextZone: string | undefined, today?: Day): Candidate[] {
  if (s.cells || primary.end) return [];
  const out: Candidate[] = [];
  for (const m of moments) {
    // a range after a time restates a window ("23:58 errors 20:01 ~ 20:38 were replayed"); after a date-only
    // opening ("2019年7月14日是个周日，上午 9 点~11 点 19 分，集群反复…") its start is when the sentence's event began
    if (m === primary || m.index < primary.index || m.hour === undefined || (m.end && primary.hour !== undefined)) continue;
    // "23:00 恢复消费组，其积压在次日凌晨 1 点 20 分全部消化": a later time on a day counted from the sentence's own
    const relative = m.relativeDays !== undefined && m.month === undefined && m.day === undefined && m.weekday === undefined;
    if (hasDatePart(m) && !relative) continue;
    const clause = clauseAround(s.text, m.index, m.index + m.raw.length);
    const before = s.text.slice(clause.start, m.index);
    const after = s.text.slice(m.index + m.raw.length, clause.end);
    // "re-run of the 12:45 batch", "the 02:00 backup": a run named by its time, not this sentence's event
    if (isPlannedTime(before, after) || NAMED_BY_TIME.test(before)) continue;
    const zone = m.zone ?? zoneOfAt(event.at) ?? contextZone;
    // "昨晚 23:40 左右开始 … 今天凌晨 3 点前后才追平": a time with its own write-up day is on that day
    const named = writeUpDayOf(s.text, m);
    const on = named ? addDays(today ?? day, named.days) : relative ? addDays(day, m.relativeDays!) : day;
    // "晚上 9 点 20 左右 P99 开始上升，告警是 9 点 26 响的": a 12-hour clock goes on from the evening its sentence opened in
    const hour = isAfternoonClock(m, event, on) ? m.hour + 12 : m.hour;
    const at = formatAt({ ...on, hour, minute: m.minute, second: m.second, zone });
    // a clause that is only the time ("…，上午 9 点，集群开始报错"): the rest of the sentence tells what happened
    // (a clause that is only the time in brackets, "回滚了模型版本（14:07）", leaves a bracket: no words of its own)
    const own = textWithout(s.text.slice(clause.start, clause.end), m.index - clause.start, m.raw.length);
    const text = (HAS_WORD.test(own) ? own : '') || cleanText(s.text.slice(m.index + m.raw.length));
    if (!at || !text) continue;
    out.push({ ...event, at, when: (named?.raw ?? m.raw).trim(), text, inferred: true, lead: false, sortKey: sortKeyOf(at), explicitYear: false, secondary: true, partOfMonth: undefined });
  }
  return out;
}

const NAMED_BY_TIME = /\bthe\s+$/i;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** "T+0 = 2025-04-16 13:05 UTC", "T0: …": the moment a report counts its T+ offsets from. */
const OFFSET_ANCHOR = /\bT\s*(?:\+\s*)?0\s*(?:=|:|is\b|was\b|at\b)/i;
/**
 * A statement that opens with an offset from that anchor: "T+4m", "T+1h18m", "**T+0**", "**T0**", "T + 2h", "T-90" and
 * "T+32" (minutes), and below a "T0 is …" line the bare "+5 min", "+1 h 8 min".
 */
const OFFSET_LEAD = /^[\s\-*•[(]*(?:T\s*\+?\s*0(?![\d.:])|T\s*([+\-−])\s*(?:(\d{1,3})\s*h(?:ours?|rs?)?\s*)?(?:(\d{1,4})\s*(?:m(?:in(?:utes?|s)?)?|分钟?)?)?|\+\s*(?:(\d{1,3})\s*h(?:ours?|rs?)?)?\s*(?:(\d{1,4})\s*m(?:in(?:utes?|s)?)?)?)(?![\w])[\s\])*|]*(?:[—–:|-]\s*)?/i;
const ZERO_OFFSET = /^[\s\-*•[(]*T\s*\+?\s*0/i;

function findOffsetAnchor(statements: Statement[], parsed: Moment[][]): Moment | undefined {
  for (const [i, s] of statements.entries()) {
    const at = OFFSET_ANCHOR.exec(s.text);
    if (!at) continue;
    const moment = parsed[i].find((m) => m.index > at.index && m.year !== undefined && m.day !== undefined && m.hour !== undefined);
    if (moment) return moment;
  }
  return undefined;
}

/** A thread's comment header: a name, maybe "added a comment", and the comment's full date ("Owen Park added a comment — 15/Feb/24 3:05 AM"). */
const COMMENT_HEADER_REST = /^[\p{L}\s.'’-]{2,40}?(?:\s(?:added a comment|commented|wrote|replied))?\s*[—–-]?\s*$/u;

function commentHeaderDay(s: Statement, moments: Moment[]): Day | undefined {
  if (s.cells || moments.length !== 1) return undefined;
  const [m] = moments;
  if (m.year === undefined || m.day === undefined || m.hour === undefined) return undefined;
  const rest = s.text.slice(0, m.index) + s.text.slice(m.index + m.raw.length);
  return COMMENT_HEADER_REST.test(rest) && rest.trim().length >= 2 ? { year: m.year, month: m.month!, day: m.day } : undefined;
}

/** The write-up day a heading or a short label names ("Timeline (yesterday, ET)", "今天的处理经过"), in days from it. */
function labelDay(s: Statement): number | undefined {
  if (s.cells || s.text.length > MAX_LABEL_DAY) return undefined;
  const word = LABEL_DAY_WORD.exec(s.text);
  return word ? daysOfWord(word[0]) : undefined;
}
const MAX_LABEL_DAY = 40;
const LABEL_DAY_WORD = /\b(?:the day before yesterday|yesterday|today)\b|前天|昨天|今天/i;

/** How many statements back the time an offset counts from may have been told. */
const OFFSET_REACH = 6;

/**
 * The time an offset counts from: the latest told in the few statements before `index` on the story's day, by a
 * sentence's first moment or a later one ("Mon 3 June - at 14:20 the alert fired"). A look back in between ("the
 * log answer was 'Fri 31 May 16:00'") is on another day.
 */
function latestRecent(candidates: Candidate[], index: number, context: Day | undefined): Candidate | undefined {
  let latest: Candidate | undefined;
  const storyDay = context ? formatAt(context)! : '';
  for (let i = candidates.length - 1; i >= 0 && index - candidates[i].index <= OFFSET_REACH; i--) {
    const c = candidates[i];
    if (!c.at || c.at.length <= 10 || (latest && c.sortKey <= latest.sortKey)) continue;
    if (c.at.startsWith(storyDay)) latest = c;
  }
  return latest;
}

/** The event `m.offsetMinutes` after `last`, in its zone. */
function laterThan(last: Candidate, m: Moment, text: string, s: Statement, index: number): Candidate | undefined {
  if (!last.at || last.at.length <= 10 || !text) return undefined;
  const at = formatLocal(new Date((last.sortKey + m.offsetMinutes! + zoneMinutes(last.at)) * 60000), zoneOfAt(last.at));
  if (!at) return undefined;
  return { at, when: m.raw.trim(), text, line: s.line, inferred: true, index, origin: s.origin, depth: s.depth, seq: s.seq, lead: true, sortKey: sortKeyOf(at), explicitYear: false };
}

/** `at` of a local clock time held in a Date's UTC fields, written in `zone`. */
function formatLocal(t: Date, zone: string | undefined): string | null {
  return formatAt({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), zone });
}

/** The event of a statement that opens with an offset from the anchor, at the anchor plus the offset. */
function offsetEvent(s: Statement, index: number, anchor: Moment): Candidate | undefined {
  const lead = OFFSET_LEAD.exec(s.text);
  if (!lead) return undefined;
  const [hours, mins] = lead[1] ? [lead[2], lead[3]] : [lead[4], lead[5]];
  if (hours === undefined && mins === undefined && !ZERO_OFFSET.test(lead[0])) return undefined;
  const minutes = (lead[1] === '-' || lead[1] === '−' ? -1 : 1) * ((hours ? +hours * 60 : 0) + (mins ? +mins : 0));
  const at = formatLocal(new Date(Date.UTC(anchor.year!, anchor.month! - 1, anchor.day!, anchor.hour!, (anchor.minute ?? 0) + minutes)), anchor.zone);
  const text = cleanText(s.text.slice(lead[0].length));
  if (!at || !text) return undefined;
  const when = lead[0].replace(/[\s\-*•[\]()—–:|]+$/u, '').replace(/^[\s\-*•[(]+/u, '');
  return { at, when, text, line: s.line, inferred: true, index, origin: s.origin, depth: s.depth, seq: s.seq, lead: true, sortKey: sortKeyOf(at), explicitYear: false };
}

/** Punctuation that closes a clause; a colon only when no digit follows (the colon of "01:52" is a clock's). */
const CLAUSE_END = /[，,;；。（(]|[:：](?!\d)/g;

/** The clause of `text` around [from, to). */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  for (const m of allMatches(CLAUSE_END, text.slice(0, from))) start = m.index! + 1;
  const next = allMatches(CLAUSE_END, text.slice(to))[0];
  return { start, end: next ? to + next.index! : text.length };
}

/** The zone written at the end of an `at` value ('Z', '+01:00'), if any. */
function zoneOfAt(at: string | null): string | undefined {
  return /(?:Z|[+-]\d{2}:\d{2})$/.exec(at ?? '')?.[0];
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
  return { moment, text: textWithout(s.text, moment.index, moment.raw.length), source: s.text };
}

/**
 * A time range that is the value of a label ("时间：20:01 ~ 20:38，共约 37 分钟", "Duration: 14:00–15:11") states how
 * long the impact lasted; its start is an event only where a timeline says so.
 */
function isSpanValue(source: string, m: Moment): boolean {
  return m.end !== undefined && /^[\s\-*•]*[^\s:：]{1,12}(?:\s+[^\s:：]+){0,2}\s*[:：]\s*$/.test(source.slice(0, m.index));
}

/**
 * A sentence's first time that is a schedule or a plan, not an event: "每天凌晨 2 点由 Airflow 调起", "计划 23:50 生效",
 * "the backup runs every night at 02:00" (timeline-plans.ts reads the words of its clause). Table rows are entries.
 */
function isRoutineTime(s: Statement, m: Moment): boolean {
  if (s.cells || m.hour === undefined || hasDatePart(m)) return false;
  const clause = clauseAround(s.text, m.index, m.index + m.raw.length);
  const before = s.text.slice(clause.start, m.index);
  // an entry that opens with its time is an event by its place; a time something has gone on since ("a reload every
  // 20–40 seconds since yesterday 16:12") is when it began
  return !opensWith(s.text.slice(0, m.index)) && !SINCE_BEFORE.test(before) && isRoutineOpening(before, s.text.slice(m.index + m.raw.length, clause.end));
}
const SINCE_BEFORE = /(?:\bsince|自从?|从)\s*(?:(?:yesterday|today|last night|昨天|今天|昨晚)\s*)?$/i;

/** What comes before a timestamp is no more than a list marker and a preposition: it opens its statement. */
function opensWith(before: string): boolean {
  return before.replace(/^\s*(?:\d+\s*[.、，,)]|[-*•#])\s*/, '').replace(WEEKDAY_BEFORE, '').replace(LEADING_WORD, '').trim().length <= 2;
}

/** "On Tuesday 2023-09-12, …": the weekday of the date that opens a sentence. */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY_WORD},?\\s*$`, 'i');

/**
 * The text of an event, its timestamp [index, index + length) taken out where the sentence survives it: at the
 * start ("14:51 — First alerts"), or at the end with its preposition ("… as a stopgap at 3:10 PM." → "… as a
 * stopgap."). In the middle ("saw nothing newer than 03:10 until the afternoon", "结果到了凌晨2点，broker-2 …")
 * the sentence stays as written: without the time it no longer reads.
 */
function textWithout(text: string, index: number, length: number): string {
  const head = text.slice(0, index);
  const tail = text.slice(index + length);
  // the head without its preposition, found once (the pattern is anchored at the end and tried from every character)
  const bare = head.replace(LEADING_WORD, '');
  // only a list marker, a bracket or a preposition before it: "我是第二天早上 7 点多被电话叫醒的" keeps its 我是
  if (/^[\s\p{P}\p{S}\d]*$/u.test(bare)) return cleanText(bare + ' ' + tail);
  const ends = /^[\s.。!！?？;；,，)）\]】>]*$/.test(tail);
  // an English sentence survives losing a trailing time, and a heading its bracketed date ("Step 1 <2020-02-20>");
  // a Chinese one only when a preposition (在, 于) goes with the time
  if (ends && (bare !== head || /(?:[A-Za-z]|[[(（【<])\s*$/.test(head))) return cleanText(bare + tail);
  return cleanText(text);
}

/** One line of plain text: list markers, empty brackets and leading separators removed, at most 200 chars. */
export function cleanText(text: string): string {
  let t: string = squeezeInner(text.replace(/[[(（【<]\s*[\])）】>]/g, ' '))
    .replace(/\s+([,，。、;；:：)）]|[.!?](?!\S))/g, '$1')
    .trim()
    .replace(/^(?:\d+\s*[.、，)]\s*)+/, '')
    .replace(/^[\s:：,，.、;；\-–—|~～)）\]】]+/, '');
  t = stripApproximation(t).trim();
  // code points never outnumber UTF-16 units: only a long string needs counting
  if (t.length > 200 && [...t].length > 200) t = [...t].slice(0, 199).join('').replace(/\s+\S*$/, '') + '…';
  return t;
}

/** How many days before a write-up date the story's first full date may be and still be where the story is. */
const STORY_BEFORE_WRITE_UP_DAYS = 31;
/** How far back (minutes) a time after a dated list entry must step to be read as the report's day. */
const PRELUDE_STEP_BACK = 60;
/** How many days after a dated list entry the report's day may be for the entry to count as its prelude. */
const MAX_PRELUDE_DAYS = 7;
/** The same for an entry that wrote a day and no time: a change weeks before, the background of the incident. */
const MAX_DAY_ONLY_PRELUDE_DAYS = 31;

/** Whether `later` is 1 to `max` days after `day`. */
function isDaysAfter(later: Day, day: Day, max: number): boolean {
  const days = (toMinutes(later.year, later.month, later.day, 0, 0, undefined) - toMinutes(day.year, day.month, day.day, 0, 0, undefined)) / 1440;
  return days >= 1 && days <= max;
}

/**
 * The time of day `m` on `day` is earlier than `prev`, by more than `minutes`. Local clock times are compared:
 * both are read in the same zone.
 */
function isHoursBefore(m: Moment, day: Day, prev: Candidate | undefined, minutes: number, zone: string | undefined): boolean {
  if (!prev || prev.sortKey < 0 || !prev.at || prev.at.length <= 10) return false;
  // in one zone: "11:34" (UTC+8) then "03:48 UTC" in a log that mixes zones is fifteen minutes later, not the next day
  const own = zone ? formatAt({ ...day, hour: m.hour, minute: m.minute ?? 0, zone }) : null;
  const key = own ? sortKeyOf(own) : toMinutes(day.year, day.month, day.day, m.hour!, m.minute ?? 0, undefined) - zoneMinutes(prev.at);
  return prev.sortKey - key > minutes;
}

/**
 * A list's clock written with a one-digit hour and no a.m. / p.m. ("1:15" after "11:30"): in the afternoon when that
 * keeps the list in order on the same day, where the 24-hour reading would step back more than six hours.
 */
function isAfterNoonInList(m: Moment, text: string, prev: Candidate | undefined, day: Partial<Day>): boolean {
  if (m.hour === undefined || m.hour < 1 || m.hour > 11 || hasDatePart(m) || !ONE_DIGIT_HOUR.test(text.slice(m.index, m.index + m.raw.length))) return false;
  const at = AT_CLOCK.exec(prev?.at ?? '');
  if (!at || +at[2] !== day.month || +at[3] !== day.day) return false;
  const before = +at[4] * 60 + +at[5];
  const now = m.hour * 60 + (m.minute ?? 0);
  return before - now > 360 && now + 720 >= before && now + 720 < 24 * 60;
}
/** Year, month, day, hour and minute of a timed `at`. */
const AT_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A timed `at`'s day, and its clock keyed as `clockKey` keys a moment's. */
function clockOfAt(at: string | null): { day: Day; key: string } | undefined {
  const clock = AT_CLOCK.exec(at ?? '');
  return clock ? { day: { year: +clock[1], month: +clock[2], day: +clock[3] }, key: `${+clock[4]}:${+clock[5]}` } : undefined;
}
const ONE_DIGIT_HOUR = /^\D*(?<!\d)\d:\d\d(?!\s*[ap]\.?m)/i;

/**
 * A 12-hour clock written without its part of the day ("3点15分" after "下午3点10分" on the same day): in the
 * afternoon when the last time told was, and the afternoon reading does not go back more than an hour.
 */
function isAfternoonClock(m: Moment, last: Candidate | undefined, day: Partial<Day>): boolean {
  // a zero-padded hour ("03 时 52 分") is a 24-hour clock's
  if (!m.twelveHour || m.hour === undefined || m.hour >= 12 || day.day === undefined || ZERO_PADDED_HOUR.test(m.raw)) return false;
  const at = AT_CLOCK.exec(last?.at ?? '');
  if (!at || +at[2] !== day.month || +at[3] !== day.day || +at[4] < 12) return false;
  return (m.hour + 12) * 60 + (m.minute ?? 0) >= +at[4] * 60 + +at[5] - 60;
}

const ZERO_PADDED_HOUR = /(?<!\d)0\d\s*[点时:：]/;

/** The candidate's local time of day is noon or later. */
function isAfternoonOrLater(c: Candidate | undefined): boolean {
  const hour = /T(\d{2})/.exec(c?.at ?? '')?.[1];
  return hour !== undefined && +hour >= 12;
}

const clockKey = (m: Moment) => `${m.hour}:${m.minute ?? 0}`;

/** 第二天, 第三日: a day counted from the story's first, not from the day before. */
const ORDINAL_DAY = /^(?:第[二三四五]天|第[二三四五]日|次日|翌日|隔天)/;
/**
 * "## The next morning" over "The next morning Rafael read the channel…": the story's next day, named again by
 * the paragraph under the heading that named it, is still that day.
 */
const NEXT_DAY = /^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening)\b/i;

/** The word naming the story's n-th day a moment opens with (第二天, 次日): "次日凌晨 3 点 … 次日上午 10 点" is one day. */
function ordinalDay(m: Moment): string | undefined {
  if (m.relativeDays === undefined || m.relativeDays <= 0) return undefined;
  const raw = m.raw.trim();
  return ORDINAL_DAY.exec(raw)?.[0] ?? (NEXT_DAY.test(raw) ? 'next' : undefined);
}

function completeDate(m: Moment, context: Context | undefined, reference: Reference | undefined, monthAnchor?: Month, writtenOn?: Day): (Partial<Day> & { year: number; month: number; inferred: boolean }) | undefined {
  const trusted = context ?? (reference?.trustDay ? reference : undefined);
  // "later that afternoon": the day in context; "第二天上午 … 第二天下午": the second day, twice
  const sameDay = m.relativeDays === 0 || (m.relativeDays !== undefined && !!context?.ordinal && context.ordinal === ordinalDay(m));
  if (sameDay) return context ? { year: context.year, month: context.month, day: context.day, inferred: true } : undefined;
  if (m.relativeDays !== undefined) {
    // 第二天早上 after a night that began the evening before counts from that evening's day
    const from = context?.overnight ? addDays(context, -1) : trusted;
    return from ? { ...addDays(from, m.relativeDays), inferred: true } : undefined;
  }
  if (m.weekday !== undefined && m.month === undefined && m.day === undefined) {
    // a story goes forward from its day ("周三晚上开始迁移 … 周五又出现"); before it has one, the nearest such day
    // to the report's reference day — or the last one before it, when that is the day the report was written
    const direction = context ? 'forward' : reference?.writtenOn ? 'back' : 'nearest';
    if (!trusted) return undefined;
    const shift = reference?.weekdayShift ?? 0;
    const day = weekdayNear(trusted, m.weekday, m.weekOffset, direction, shift);
    // …never past the day the report was written ("As promised on Sunday … expired on Saturday evening")
    const past = direction === 'forward' && writtenOn && isDaysAfter(day, writtenOn, Infinity) ? weekdayNear(trusted, m.weekday, m.weekOffset, 'back', shift) : day;
    return { ...past, inferred: true };
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

/**
 * The day a weekday names, seen from `from`: in the week before or this week when the text says so (上周五, last
 * Friday; 本周三), else the first such day on or after `from` (forward), the last one on or before it (back), or
 * the nearest one.
 */
export function weekdayNear(from: Day, weekday: number, weekOffset: number | undefined, direction: 'forward' | 'back' | 'nearest', shift = 0): Day {
  const dow = (dayOfWeek(from) + shift) % 7;
  if (weekOffset !== undefined) {
    // weeks start on Monday
    const monday = addDays(from, -((dow + 6) % 7));
    return addDays(monday, 7 * weekOffset + ((weekday + 6) % 7));
  }
  const ahead = (weekday - dow + 7) % 7;
  if (direction === 'back') return addDays(from, ahead ? ahead - 7 : 0);
  return addDays(from, direction === 'forward' || ahead <= 3 ? ahead : ahead - 7);
}

const dayOfWeek = (d: Day) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

/**
 * A report that never writes its year has no calendar to count weekdays in: the stand-in year's would put "周六"
 * on any day of the week. When it pairs a date with its weekday ("值班交接：3月7日（周六）", "Saturday, March 7"), the
 * report's own calendar is that one shifted by the days this returns (0 when it pairs none).
 */
function weekdayShift(statements: Statement[], parsed: Moment[][]): number {
  for (const [index, moments] of parsed.entries()) {
    for (const m of moments) {
      if (m.month === undefined || m.day === undefined || !isRealDate(UNKNOWN_YEAR, m.month, m.day)) continue;
      const text = statements[index].text;
      const stated = statedWeekday(text.slice(Math.max(0, m.index - 12), m.index), text.slice(m.index + m.raw.length, m.index + m.raw.length + 8), m.raw);
      if (stated !== undefined) return (stated - dayOfWeek({ year: UNKNOWN_YEAR, month: m.month, day: m.day }) + 7) % 7;
    }
  }
  return 0;
}

/** The weekday written with a date: in it ("Saturday, March 7"), before it, or after it in brackets ("3月7日（周六）"). */
const WEEKDAY_IN = new RegExp(`^(?:${WEEKDAY_WORD}),?\\s`, 'i');
const WEEKDAY_ENDING = new RegExp(`\\b(${WEEKDAY_WORD}),?\\s*$`, 'i');
const ZH_WEEKDAY_AFTER = new RegExp(`^\\s*[（(]?\\s*${ZH_WEEK}(${ZH_WEEKDAY_DAY})`, 'u');
const EN_WEEKDAY_AFTER = new RegExp(`^\\s*[(,]\\s*(${WEEKDAY_WORD})\\b`, 'i');

function statedWeekday(before: string, after: string, raw: string): number | undefined {
  const named = WEEKDAY_IN.exec(raw)?.[0] ?? WEEKDAY_ENDING.exec(before)?.[1] ?? EN_WEEKDAY_AFTER.exec(after)?.[1];
  if (named) return WEEKDAY_NAMES.findIndex((w) => named.toLowerCase().startsWith(w));
  const zh = ZH_WEEKDAY_AFTER.exec(after)?.[1];
  return zh === undefined ? undefined : ZH_WEEKDAY_NUMBER[zh];
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
 * First explicit full date in prose; else its first month-day ("Tue Apr 9", "6月3日"), in the year of the evidence
 * or the hint, or in UNKNOWN_YEAR; else the year most evidence dates share (its earliest day); else the hint.
 * An evidence day is when a screenshot or log was made: it places a month-day in a year, but a bare time is
 * not put on that day. A day stated in prose is the report's day: bare times with nothing better go on it.
 */
function findReferenceDate(parsed: Moment[][], evidence: DayStamp[], options: ResolveOptions, statements: Statement[], writeUpLines: boolean[]): Reference | undefined {
  // the first full date; a write-up's ("复盘会：2024-04-12", "Posted September 10, 2024") gives way to a day of the
  // story before it (a metadata line with "Incident date: 2024-09-17" in it stays: the story is not earlier)
  let writtenOn: Moment | undefined;
  for (const [index, moments] of parsed.entries()) {
    const full = moments.find((m) => m.year !== undefined && m.day !== undefined);
    if (!full) continue;
    // (within a month of it: a date a year before the write-up is history or a quoted stamp, "@ 2023-10-01 00:00:00")
    if (!writeUpLines[index] && (!writtenOn || isDaysAfter(writtenOn as Day, full as Day, STORY_BEFORE_WRITE_UP_DAYS))) return { year: full.year!, month: full.month!, day: full.day!, trustDay: true };
    if (!writeUpLines[index]) break;
    writtenOn ??= full;
  }
  if (writtenOn) return { year: writtenOn.year!, month: writtenOn.month!, day: writtenOn.day!, trustDay: true, writtenOn: true };
  const hint = /^(\d{4})-(\d{2})-(\d{2})/.exec(options.hintDate ?? '');
  const hintDay = hint ? { year: +hint[1], month: +hint[2], day: +hint[3] } : undefined;
  const yearDay = evidenceDay(evidence) ?? hintDay;
  const monthDay = firstMonthDay(parsed, writeUpLines);
  if (monthDay) {
    // no day with a year anywhere: a year the report names on its own ("运维周报（2024 年第 11 周）", "2024 年 3 月")
    const named = yearDay ? undefined : namedYear(parsed, statements);
    const year = yearDay ? nearestYear(monthDay.month!, monthDay.day!, yearDay) : (named ?? UNKNOWN_YEAR);
    if (isRealDate(year, monthDay.month!, monthDay.day!)) return { year, month: monthDay.month!, day: monthDay.day!, trustDay: true, yearUnknown: (!yearDay && !named) || undefined };
  }
  if (evidence.length) return { ...yearDay!, trustDay: false };
  return hintDay ? { ...hintDay, trustDay: true } : undefined;
}

/**
 * The first month-day the story tells; the write-up's (a weekly report's period "第37周（9.11 - 9.15）") only when it
 * tells none.
 */
function firstMonthDay(parsed: Moment[][], writeUpLines: boolean[]): Moment | undefined {
  let writtenUp: Moment | undefined;
  for (const [index, moments] of parsed.entries()) {
    for (const m of moments) {
      if (m.month === undefined || m.day === undefined) continue;
      if (!writeUpLines[index]) return m;
      writtenUp ??= m;
    }
  }
  return writtenUp;
}

/** A year written with a month and no day ("2024 年 3 月", "March 2024"), or on its own (write-up.ts namedYearOf). */
function namedYear(parsed: Moment[][], statements: Statement[]): number | undefined {
  const withYear = parsed.flat().find((m) => m.year !== undefined);
  if (withYear) return withYear.year;
  for (const s of statements) {
    const year = s.origin === 'log' ? undefined : namedYearOf(s.text);
    if (year) return year;
  }
  return undefined;
}

/** The earliest evidence day of the year most evidence dates share. */
function evidenceDay(evidence: DayStamp[]): Day | undefined {
  if (!evidence.length) return undefined;
  const counts = new Map<number, number>();
  for (const e of evidence) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  return evidence.filter((e) => e.year === year).sort(compareDay)[0];
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
