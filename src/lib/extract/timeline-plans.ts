/**
 * Dates that are plans, not events: everything under an action-items section ("Action items", "改进措施",
 * "Follow-up", "后续改进": due dates, target releases), and a date written as a deadline anywhere
 * ("3 月 24 日前", "due 2024-03-15", "by March 3", "截止 9月16日"). What is planned has not happened, and it
 * must not move the date that later bare times are read against either. Also the sections told out of the
 * story's order (causes, background), whose dates must not move it for good (`findAsideLines`).
 */
import type { Section } from './sections.ts';
import type { SectionRole } from './section-roles.ts';
import { DONE_EN, DONE_ZH, WEEKDAY_WORD, type Moment } from './dates.ts';

/** Source lines [from, to] of the bodies of action-items sections (their headings excluded). */
export function findPlanLines(sections: Section[]): [number, number][] {
  return bodyLines(sections, ['action_items']);
}

/**
 * Source lines of the sections that explain rather than tell the story (causes, background): what they date
 * happened, but out of the story's order (timeline-resolve.ts keeps the story's day across them).
 */
export function findAsideLines(sections: Section[]): [number, number][] {
  return bodyLines(sections, ['causes', 'background'], isImpactSection);
}

/**
 * "## 影响", "## Impact": what the incident cost, told over its whole span ("部分为次日回流", "re-sent the next
 * day"); its days are not where the story is at.
 */
const IMPACT = /影响|impact/i;
const isImpactSection = (section: Section) => section.ownRole === 'symptoms' && IMPACT.test(section.heading);

function bodyLines(sections: Section[], roles: SectionRole[], also?: (section: Section) => boolean): [number, number][] {
  const ranges: [number, number][] = [];
  for (const section of sections) {
    if (!section.nodes.length || !((section.role && roles.includes(section.role)) || also?.(section))) continue;
    const last = section.nodes[section.nodes.length - 1];
    const end = last.position?.end.line ?? section.line;
    ranges.push([section.line + 1, end]);
  }
  return ranges;
}

/**
 * A follow-up done, with the day it was done ("（2/1 已上线）", "5/23 已合入模板", "— shipped 1/20"): it happened,
 * action item or not.
 */
const DONE_ON = new RegExp(
  String.raw`(?:\d{1,2}[/-]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)\s*${DONE_ZH}|\b(?:${DONE_EN}|done|completed)\s+(?:on\s+)?(?:\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b`,
);

export function isDoneOnDay(text: string): boolean {
  return DONE_ON.test(text);
}

export function inRanges(line: number, ranges: [number, number][]): boolean {
  return ranges.some(([from, to]) => line >= from && line <= to);
}

// an expiry still ahead when it was written ("was due to expire on Sunday, March 12", "valid until", "有效期至"); the
// past "expired on" is left alone: it is often the incident itself
const EXPIRY = String.raw`\b(?:(?:due|set|scheduled|going) to expire|will expire|expires|expiry date|expiration date|valid (?:until|through|till))\s*(?:is\s*|on\s*|at\s*|[:：]\s*)?|有效期(?:至|到)\s*|到期(?:日|时间)\s*[:：]?\s*`;
// a deadline word before the date, or 前 / 之前 / 以前 after it; only for dates without a clock time: "by 17:20"
// says when something had happened ("back above 90% by 17:20"), a day-only "by March 3" is a due date
const DEADLINE_BEFORE = new RegExp(
  String.raw`(?:\b(?:due|deadline|by|no later than|target(?:ed)?|eta)\b\s*(?:date\s*)?[:：]?\s*(?:on\s+)?|截止(?:日期|时间)?\s*[:：]?\s*|最晚\s*|${EXPIRY})(?:${WEEKDAY_WORD},?\s*)?$`,
  'i',
);
// …or a day the sentence goes on to plan for ("周一要拉开发跟进", "周五将发布修复版本")
const DEADLINE_AFTER = /^\s*(?:(?:之前|以前|前)(?![后天一两二三四五六七八九十\d])|(?:要|将要|将会|准备|打算|计划)(?!求))/u;
/** A forecast: "预计 4 月底到 85%", "expected by May". */
const FORECAST_BEFORE = /(?:预计|预期|计划|将于|定于|\b(?:expected|planned|scheduled)\b(?:\s+(?:for|by|on|in))?)\s*$/iu;
const FUTURE_CLAUSE = /\b(?:will|shall|is going to|next scheduled|upcoming)\b|\breview\s*[:：]\s*$|(?:将|会)(?:在|于)|下次/i;
const CLAUSE_MARK = /[.;!?。；！？]/g;
function clauseStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_MARK)) start = m.index! + 1;
  return start;
}

/** The owner and the day that close a follow-up ("—— 网关组，8 月底", "（应用组，6月底）", "— Priya, Mar 12"). */
const CLOSING_DUE_BEFORE = /(?:[—–-]{1,2}|[（(])[^—–()（）。.!?]{0,24}[，,、]\s*$/u;
const CLOSING_DUE_AFTER = /^\s*[)）]?\s*[。.;；]?\s*$/u;

/**
 * A day written as a deadline or a forecast: "3 月 24 日前", "due 2024-03-15", "by March 3", "截止 9月16日", "预计
 * 4 月底到 85%", and the day that closes a follow-up after its owner ("—— 网关组，8 月底").
 */
export function isDeadline(text: string, moment: Moment): boolean {
  if (moment.day === undefined && moment.month === undefined && moment.weekday === undefined) return false;
  const before = text.slice(0, moment.index);
  // a day with its time is a plan by the words right before it ("复盘会定于 3月6日（周四）上午 10:00"), or by a
  // future in its clause ("Marcus will run the review Tuesday at 11:00", "Postmortem review: Thu 20 Feb 15:00")
  if (moment.hour !== undefined) return FORECAST_BEFORE.test(before) || FUTURE_CLAUSE.test(before.slice(clauseStart(before)));
  const after = text.slice(moment.index + moment.raw.length);
  return DEADLINE_BEFORE.test(before) || DEADLINE_AFTER.test(after) || FORECAST_BEFORE.test(before) || (CLOSING_DUE_BEFORE.test(before) && CLOSING_DUE_AFTER.test(after));
}

/**
 * Words that make a time a routine or a plan wherever it stands in its sentence ("每天凌晨 2 点由 Airflow 调起", "计划
 * 23:50 生效", "平时 15:00 前", "every night at 02:00")…
 */
const ROUTINE_WORDS = String.raw`计划|预计|原定|定于|将于|将在|每天|每日|每晚|每周|平时|平常|通常|一般|\b(?:every|each|daily|nightly|weekly|usually|typically|once (?:a|per) (?:night|day|week|hour))\b`;
const ROUTINE_BEFORE = new RegExp(ROUTINE_WORDS, 'i');
/**
 * …and the English ones that do so only for a sentence's later times: a past story also uses them of what did
 * happen ("the scheduled run at 08:30 deleted 2,318 secrets", "was due at 14:00"). "scheduled-events" is a noun.
 */
const PLANNED_BEFORE = new RegExp(String.raw`${ROUTINE_WORDS}|预期|\b(?:scheduled(?!-)|planned|expected|supposed|due|eta|would|will)\b`, 'i');
const ROUTINE_AFTER = /^\s*(?:every|each|daily|nightly|weekly)\b/i;

/** A sentence's first clock time written as recurring or planned: no event even where it opens the story. */
export function isRoutineOpening(before: string, after: string): boolean {
  return ROUTINE_BEFORE.test(before) || ROUTINE_AFTER.test(after);
}

/** A clock time written as planned or recurring, told from the words of its clause before and after it. */
export function isPlannedTime(before: string, after: string): boolean {
  return PLANNED_BEFORE.test(before) || ROUTINE_AFTER.test(after);
}
