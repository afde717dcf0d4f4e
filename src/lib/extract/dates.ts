/**
 * Date and time expressions in one text value → partial moments (only the parts that are written).
 * Pure: regexes over a single string, no context. Filling in a missing year or day is timeline.ts's job.
 * Impossible values (2021-02-30, 25:61) are rejected, never rolled over.
 */
import { isRealDate } from '../schema.ts';
import { findChineseMoments, PERIOD, readChineseNumber, ZH_WEEKDAY_WORD, type Found } from './clock-zh.ts';
import { allMatches } from './regex-all.ts';
import { concreteZone, zoneOffset, ZONE_NAMES } from './zones.ts';

export interface Moment {
  /** Where it starts in the text value, and the text as written. */
  index: number;
  raw: string;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** 'Z' or '±HH:MM'. */
  zone?: string;
  /** 第二天, the next day: days after the date in context. */
  relativeDays?: number;
  /** 周三, on Friday: 0 (Sunday) to 6; with `weekOffset` -1 for last week's (上周五), 0 for this week's (本周三). */
  weekday?: number;
  weekOffset?: number;
  /** End of a range such as `9 点~11 点 19 分` or `09:32~11:19`. */
  end?: { hour: number; minute: number };
  approximate?: boolean;
  /** A part of a month (8 月初, 月底, early October): a time within the month, not the month as a whole. */
  partOfMonth?: boolean;
  /** Written as the small hours of a night (凌晨 2 点): after an evening, it is the next calendar day. */
  smallHours?: boolean;
  /** A Chinese clock from 1 to 11 with no part of the day (3点15分): morning or afternoon, told by context. */
  twelveHour?: boolean;
  /** A bare `12-12` is only a date when a time or 号 follows; dropped otherwise. */
  needsTime?: boolean;
  /** "Two hours later", "20 分钟后": minutes after the time told last (read only with `ParseOptions.offsets`). */
  offsetMinutes?: number;
}

export interface ParseOptions {
  /** Decides CST: China Standard Time for zh, US Central otherwise. */
  language?: string;
  /** Also read times counted from the last one told ("about ten minutes later"): only the timeline knows that time. */
  offsets?: boolean;
}

/** The months' three-letter stems, January first. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The months' three-letter stems as one alternation, for the patterns that name a month: lowercase, and capitalised. */
export const MONTH_STEMS = MONTHS.join('|');
export const MONTH_STEMS_CAPITALISED = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|');
/** …and lowercase without "may", which is more often the modal. */
const MONTH_STEMS_NOT_MAY = MONTHS.filter((m) => m !== 'may').join('|');
// lowercase too, as terse notes write them ("merged jan 8", "in november"), except the modal "may"
const MONTH = '([Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|May|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';
/** After a day of the month: no digit, and no clock ("Oct 17:30" is not the 17th); "merged on October 17: …" is. */
const NOT_CLOCK = '(?![\\d]|:\\d)';
const WORD_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/** Each pattern yields one kind of partial moment; overlaps are resolved by position and length. */
// Each pattern has a cheap gate: most text values hold no date at all, and the full patterns are costly.
const HAS_YEAR = /\d{4}/;
// a lowercase name only next to a number: "market", "decide" and "junior" must not open the costly patterns
const HAS_MONTH_NAME = new RegExp(String.raw`(?:${MONTH_STEMS_CAPITALISED})|\b(?:${MONTH_STEMS_NOT_MAY})[a-z]*\.?\s+\d|\d\s+(?:${MONTH_STEMS_NOT_MAY})`);
const HAS_CLOCK = /\d:\d\d/;
const HAS_DASHED = /\d[-/]\d/;
const HAS_AMPM = /\d\s*[AaPp]\.?[Mm]/;
const HAS_ZULU = /\d{4}Z\b/;
const HAS_H_CLOCK = /\dh\d/;
const HAS_ORDINAL_DAY = /\bon\s+the\s+\d/i;
const HAS_DIGIT = /\d/;
const HAS_HAN = /[\u3400-\u9fff]/;
const HAS_RELATIVE = /\b(?:next|following|previous|day|days|that)\b/i;
/** The days of the week, Sunday first (Date's order): every English weekday pattern is built from them. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday's name, for patterns (case-insensitive ones). */
export const WEEKDAY_WORD = `(?:${WEEKDAY_NAMES.join('|')})`;
const HAS_WEEKDAY = new RegExp(WEEKDAY_WORD, 'i');
const HAS_MONTH_ALONE = /\b(?:in|since|during|until|through)\s+(?:(?:early|late|mid-?)\s*)?(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|May|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)/;
const HAS_PERIOD_WORD = /周|期/;
/**
 * A weekly report's period, "第37周（9.11 - 9.15）", "统计周期：3.11（周一）– 3.17（周日）": its first day. Also the mark of
 * a write-up line (write-up.ts): the week a report covers is the context of its weekdays, not an event.
 */
export const REPORT_PERIOD = /(?<=(?:周报|第\s*\d{1,2}\s*周|统计周期|周期|本周)[^\d\n]{0,6})(\d{1,2})[./](\d{1,2})(?=\s*(?:[（(][^）)\n]{1,4}[）)])?\s*[-–—~至到]\s*\d{1,2}[./]\d{1,2})/g;
/** Gates of patterns that need no digit ("the next day", "in October"): text without digits runs only these. */
const WORDY_GATES = new Set([HAS_RELATIVE, HAS_MONTH_ALONE, HAS_WEEKDAY]);

const PATTERNS: { gate: RegExp; re: RegExp; read: (m: RegExpExecArray) => Partial<Moment> | null }[] = [
  // 2021-02-25, 2021/02/25, 2021.02.25, <2020-02-20>
  { gate: HAS_YEAR, re: /(?<![\w.]|[A-Za-z]-)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])(?![-/.]\d)/g, read: (m) => ymd(+m[1], +m[3], +m[4]) },
  // 2021-2 (a year and a month), but not the placeholder 2022-02-??
  { gate: HAS_YEAR, re: /(?<![\w.])((?:19|20)\d{2})-(\d{1,2})(?![\d\-/.?])/g, read: (m) => (+m[2] >= 1 && +m[2] <= 12 ? { year: +m[1], month: +m[2] } : null) },
  // 10/21/2018 (US order unless the first number cannot be a month), 21.10.2018 (day first)
  { gate: HAS_YEAR, re: /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, read: (m) => (+m[1] > 12 ? ymd(+m[3], +m[2], +m[1]) : ymd(+m[3], +m[1], +m[2])) },
  { gate: HAS_YEAR, re: /(?<![\w./-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, read: (m) => ymd(+m[3], +m[2], +m[1]) },
  // 2018 October 21
  { gate: HAS_YEAR, re: new RegExp(`\\b(\\d{4}),?\\s+${MONTH}\\s+(\\d{1,2})${ORD}${NOT_CLOCK}`, 'g'), read: (m) => ymd(+m[1], monthOf(m[2]), +m[3]) },
  // 7 January 2019, Monday 3. February 2020, 31st July 2018
  { gate: HAS_MONTH_NAME, re: new RegExp(`\\b${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORD}\\.?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g'), read: (m) => ymd(m[3] ? +m[3] : undefined, monthOf(m[2]), +m[1]) },
  // Oct 21, 2019; August 12 2025; May 30th, 2019
  { gate: HAS_MONTH_NAME, re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD}${NOT_CLOCK}(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'), read: (m) => ymd(m[3] ? +m[3] : undefined, monthOf(m[1]), +m[2]) },
  // 14/Feb/24, 18/Feb: Jira's day/month-name[/year]
  { gate: HAS_MONTH_NAME, re: new RegExp(`(?<![\\w/])(\\d{1,2})/${MONTH}(?:/(\\d{4}|\\d{2}))?(?![\\w/])`, 'g'), read: (m) => ymd(m[3] ? (m[3].length === 2 ? 2000 + +m[3] : +m[3]) : undefined, monthOf(m[2]), +m[1]) },
  // January 2019
  { gate: HAS_MONTH_NAME, re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'g'), read: (m) => ({ year: +m[2], month: monthOf(m[1]) }) },
  // added in October, since early March: a month alone after a preposition (the year comes from context)
  { gate: HAS_MONTH_ALONE, re: new RegExp(`(?<=\\b(?:in|since|during|until|through)\\s+(?:(?:early|late|mid-?)\\s*)?)${MONTH}(?![\\w-]|\\s*,?\\s*\\d)`, 'g'), read: (m) => ({ month: monthOf(m[1]), partOfMonth: /(?:early|late|mid-?)\s*$/.test(m.input.slice(0, m.index)) || undefined }) },
  // a weekly report's period (a dotted 9.11 alone is a number, not a day)
  { gate: HAS_PERIOD_WORD, re: REPORT_PERIOD, read: (m) => monthDay(+m[1], +m[2], '.', false) },
  // 12-12 (month-day) — kept only when a time or 号 follows
  { gate: HAS_DASHED, re: /(?<![\w.:/-])(\d{1,2})([-/])(\d{1,2})(?![\w/%-])(\s*[号日])?/g, read: (m) => monthDay(+m[1], +m[3], m[2], !m[4] && !namesDay(m)) },
  // 19:56, 19:56:12, 5:00 PM, 4:32PM, 2021-02-25T19:56:12; "15:31: deployed" (a colon and a space after it end the clock)
  {
    gate: HAS_CLOCK,
    re: /(?<![\dA-SU-Za-z_./])(?<!\d:)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?(?!\d|:(?!\s))(?:\s*([AaPp])\.?[Mm]\.?(?![a-z]))?/g,
    read: (m) => clock(+m[1], +m[2], m[3] ? +m[3] : undefined, m[4]),
  },
  // 14h05, 07h30: the French clock (two-digit hours: "1h30" is a duration)
  { gate: HAS_H_CLOCK, re: /(?<![\w:.\-/])([01]\d|2[0-3])h([0-5]\d)(?![\w:])/g, read: (m) => ({ hour: +m[1], minute: +m[2] }) },
  // 0912Z, 1430Z: a military / aviation clock in UTC
  { gate: HAS_ZULU, re: /(?<![\w:.\-/])([01]\d|2[0-3])([0-5]\d)Z\b/g, read: (m) => ({ hour: +m[1], minute: +m[2], zone: 'Z' }) },
  // 9am, 5 PM
  { gate: HAS_AMPM, re: /(?<![\w:.])(\d{1,2})\s*([AaPp])\.?[Mm]\.?(?![a-z])/g, read: (m) => clock(+m[1], 0, undefined, m[2]) },
  // the next day; not "the previous day's usage", which names what a day holds
  { gate: HAS_RELATIVE, re: /\b(?:the\s+)?(next|following|previous)\s+(day|morning|evening|night)\b(?!['’]s\b)|\bthe\s+day\s+(after|before)\b/gi, read: (m) => ({ relativeDays: /previous|before/i.test(m[0]) ? -1 : 1 }) },
  // later that afternoon, that night, later that day: the day the story is on
  { gate: HAS_RELATIVE, re: /\b(?:(?:late|later|early)\s+)?that\s+(?:same\s+)?(morning|afternoon|evening|night|day)\b/gi, read: () => ({ relativeDays: 0 }) },
  // a day later, two days later
  { gate: HAS_RELATIVE, re: /\b(a|one|two|three|\d)\s+days?\s+later\b/gi, read: (m) => ({ relativeDays: WORD_COUNT[m[1].toLowerCase()] ?? +m[1] }) },
  // "Saturday around 2am we hit the cap": a weekday opening a sentence, with its clock time ("Monday evening is our
  // weekly peak" is a habit)
  { gate: HAS_WEEKDAY, re: new RegExp(String.raw`^\s*(${WEEKDAY_WORD})\b(?=,?\s+(?:(?:at|around|about)\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|:))`, 'gi'), read: (m) => ({ weekday: WEEKDAY_NAMES.indexOf(m[1].toLowerCase()) }) },
  // "At 06:55 on the 22nd": a day of the month in context (not "on the 3rd attempt")
  { gate: HAS_ORDINAL_DAY, re: new RegExp(String.raw`(?<=\bon\s+)the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+(?!${MONTH_STEMS})|[a-z]+\s+(?:attempt|try|time)|percentile|time|try|attempt|retry|run|call|request|step|floor|level|day|week|month|year|hour|minute|second|item|row|line|page|node|replica|shard|partition|broker|pod|host|server|instance|batch|job|build|release|version))`, 'gi'), read: (m) => (+m[1] >= 1 ? { day: +m[1] } : null) },
  // Thursday the 14th: a day of the month in context, its weekday said too
  { gate: HAS_WEEKDAY, re: new RegExp(String.raw`\b${WEEKDAY_WORD},?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:${MONTH_STEMS}))`, 'gi'), read: (m) => (+m[1] >= 1 && +m[1] <= 31 ? { day: +m[1] } : null) },
  // on Friday, last Tuesday, that Monday: not "Tuesday, March 12" (the date says it), "next Friday" (a plan) nor
  // "higher than last Friday" (a comparison)
  {
    gate: HAS_WEEKDAY,
    re: new RegExp(String.raw`(?<![(（]\s*|\b(?:than|with|to|as|was|is)\s+)\b(on|last|this|that)\s+(${WEEKDAY_WORD})\b(?!,?\s+(?:the\s+)?(?:\d|${MONTH_STEMS}))`, 'gi'),
    read: (m) => ({ weekday: WEEKDAY_NAMES.indexOf(m[2].toLowerCase()), weekOffset: /^last$/i.test(m[1]) ? -1 : /^this$/i.test(m[1]) ? 0 : undefined }),
  },
];

const ZONE_AFTER = new RegExp(`^\\s*\\(?\\s*(${ZONE_NAMES})(?![A-Za-z])(?:\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?)?\\)?`);
const OFFSET_AFTER = /^(Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d))/;
const RANGE_GAP = /^\s*(?:~|～|-|–|—|to|and|until|till|至|到)\s*$/;
// "Oct 21, 2019 around 2:30 PM": an approximate time still belongs to the date before it,
// "2024年10月18日（周五）晚 7 点": a weekday in brackets between a date and its time,
// "Mar 6, 2024 - 13:44 UTC": a status page's stamp, a dash between the date and its time,
// "May 14 (Tuesday) at 09:12 UTC": a weekday in brackets, then the time
// "03:40 (May 21) WAL replay finished": the day in brackets after the time
const JOIN_GAP = new RegExp(String.raw`^(?:\s*,?\s*(?:(?:at|on)\s+(?:around|about)|at|@|on|T|，|的|around|about|approximately|roughly|circa|~|[（(]\s*${ZH_WEEKDAY_WORD}\s*[)）]|[(]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[)],?(?:\s+at)?)?\s*|T|\s+[-–—]\s+|\s*[（(]\s*)$`, 'i');

/** All date/time expressions of one text value, in order, adjacent parts merged (date + time, time + zone, ranges). */
export function parseDateTimes(text: string, options: ParseOptions = {}): Moment[] {
  // every pattern but the wordy ones ("the next day", "in October") needs a digit, the Chinese ones a Han character; most text values
  // have neither, and then the gates below need not run at all
  const digit = HAS_DIGIT.test(text);
  const han = HAS_HAN.test(text);
  const found: Found[] = [];
  // patterns sharing a gate are listed together: each gate is tested once
  let lastGate: RegExp | undefined;
  let open = false;
  for (const { gate, re, read } of PATTERNS) {
    if (!digit && !WORDY_GATES.has(gate)) continue;
    if (gate !== lastGate) (lastGate = gate), (open = gate.test(text));
    if (!open) continue;
    for (const m of allMatches(re, text)) {
      const parts = read(m as RegExpExecArray);
      if (parts) found.push({ index: m.index!, length: m[0].length, parts });
    }
  }
  if (han) found.push(...findChineseMoments(text));
  if (options.offsets) found.push(...findOffsets(text, han));
  if (!found.length) return [];
  const chosen = dropOverlaps(found);
  const moments = mergeAdjacent(text, chosen, options);
  const out: Moment[] = [];
  for (const m of moments) if (!m.needsTime) out.push(withoutNeedsTime(m));
  return out;
}

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90 };
const EN_OFFSET = new RegExp(
  String.raw`\b(?:(?:about|around|roughly|some|approximately|only)\s+)?(half\s+an?|${Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join('|')}|\d{1,3})\s+(minutes?|mins?|hours?|hrs?)\s+(?:later|after that|afterwards)\b`,
  'gi',
);
// 几 / 多 ("十几分钟后", "一个多小时后") say no number: no time can be told from them
const ZH_OFFSET = /(?<![\d零〇一二两三四五六七八九十几多])(?:大约|大概|约)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3}|半)\s*个?\s*(分钟|小时|钟头)(?:之后|以后|后)/g;
const HAS_LATER = /\b(?:later|after that|afterwards)\b/i;

/** "Two hours later", "About 20 minutes after that", "半小时后", "20 分钟后": how many minutes after the last time told. */
function findOffsets(text: string, han: boolean): Found[] {
  const out: Found[] = [];
  if (HAS_LATER.test(text)) {
    for (const m of allMatches(EN_OFFSET, text)) {
      const count = /^half/i.test(m[1]) ? 0.5 : (WORD_NUMBERS[m[1].toLowerCase()] ?? +m[1]);
      out.push({ index: m.index!, length: m[0].length, parts: { offsetMinutes: Math.round(count * (/^h/i.test(m[2]) ? 60 : 1)) } });
    }
  }
  if (han && /分钟|小时|钟头/.test(text)) {
    for (const m of allMatches(ZH_OFFSET, text)) {
      const count = m[1] === '半' ? 0.5 : readChineseNumber(m[1]);
      if (count) out.push({ index: m.index!, length: m[0].length, parts: { offsetMinutes: Math.round(count * (m[2] === '分钟' ? 1 : 60)) } });
    }
  }
  return out;
}

/**
 * The moment without its `needsTime` mark. Most moments (clock times) never had the key: they are returned as they
 * are, not copied (a copy of every moment of every statement was a measurable share of this step).
 */
function withoutNeedsTime(m: Moment): Moment {
  if (!('needsTime' in m)) return m;
  const { needsTime: _, ...rest } = m;
  return rest;
}

/** Sorts `found` in place (the caller's own array). */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: Found[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.index < last.index + last.length) continue;
    out.push(f);
  }
  return out;
}

function mergeAdjacent(text: string, found: Found[], options: ParseOptions): Moment[] {
  const out: Moment[] = [];
  for (const f of found) {
    let end = f.index + f.length;
    const m: Moment = { index: f.index, raw: '', ...f.parts };
    const prev = out[out.length - 1];
    // a time inside a zone already read (the 08:00 of +08:00) is part of the previous moment
    if (prev && f.index < prev.index + prev.raw.length) continue;
    const gap = prev ? text.slice(prev.index + prev.raw.length, f.index) : '';
    if (prev && JOIN_GAP.test(gap) && complements(prev, m)) {
      Object.assign(prev, { ...m, ...definedOf(prev), needsTime: false });
      end = readZone(text, end, prev, options);
      // the bracket a day was written in closes with it ("03:40 (May 21)")
      if (OPEN_BRACKET_GAP.test(gap)) end += CLOSE_BRACKET.exec(text.slice(end))?.[0].length ?? 0;
      prev.raw = text.slice(prev.index, end);
      continue;
    }
    // "On Tuesday (May 14) at 09:12 UTC", "上周四（5/16）": a weekday whose date follows in brackets is that date,
    // brackets and all (the weekday makes a bare "5/16" a day)
    if (prev && isWeekdayOnly(prev) && OPEN_BRACKET_GAP.test(gap) && m.day !== undefined && m.hour === undefined && !m.end) {
      const { index: _, raw: __, ...parts } = m;
      delete prev.weekday;
      delete prev.weekOffset;
      Object.assign(prev, parts, { needsTime: false });
      prev.raw = text.slice(prev.index, end + (CLOSE_BRACKET.exec(text.slice(end))?.[0].length ?? 0));
      continue;
    }
    if (prev && RANGE_GAP.test(gap) && prev.hour !== undefined && m.hour !== undefined && !m.month && !prev.end) {
      prev.end = { hour: m.hour, minute: m.minute ?? 0 };
      end = readZone(text, end, prev, options);
      prev.raw = text.slice(prev.index, end);
      continue;
    }
    if (m.hour !== undefined) end = readZone(text, end, m, options);
    m.raw = text.slice(m.index, end);
    out.push(m);
  }
  return out;
}

/** Whether a moment names a day in any way (a date, a month, a relative day, a weekday), not only a time of day. */
export function hasDatePart(m: Partial<Moment>): boolean {
  return m.month !== undefined || m.day !== undefined || m.relativeDays !== undefined || m.weekday !== undefined;
}

const OPEN_BRACKET_GAP = /^\s*[(（]\s*$/;
const CLOSE_BRACKET = /^\s*[)）]/;

function isWeekdayOnly(m: Moment): boolean {
  return m.weekday !== undefined && m.month === undefined && m.day === undefined && m.hour === undefined && m.relativeDays === undefined;
}

/** A date and a time (in either order), or a relative day and a time, make one moment. */
function complements(a: Moment, b: Moment): boolean {
  const hasTime = (m: Moment) => m.hour !== undefined;
  return (hasDatePart(a) && !hasTime(a) && hasTime(b) && !hasDatePart(b)) || (hasTime(a) && !hasDatePart(a) && hasDatePart(b) && !hasTime(b) && (b.day !== undefined || b.relativeDays !== undefined));
}

function definedOf(m: Moment): Partial<Moment> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(m)) {
    const v = (m as unknown as Record<string, unknown>)[k];
    if (v !== undefined && k !== 'needsTime' && k !== 'raw') out[k] = v;
  }
  return out as Partial<Moment>;
}

/** A zone right after a time: ` UTC`, `Z`, ` (PDT)`, `+08:00`, `UTC+8`. Returns the new end. */
function readZone(text: string, end: number, m: Moment, options: ParseOptions): number {
  const rest = text.slice(end);
  const named = ZONE_AFTER.exec(rest);
  if (named) {
    const zone = named[2]
      ? signed(named[2], +named[3], named[4] ? +named[4] : 0)
      : zoneOffset(named[1], options.language);
    if (zone) {
      m.zone = zone;
      return end + named[0].length;
    }
  }
  const offset = OFFSET_AFTER.exec(rest);
  // an attached offset only after a full timestamp: a bare `12:20-13:00` is a range
  if (offset && (m.second !== undefined || m.day !== undefined)) {
    m.zone = offset[1] === 'Z' ? 'Z' : signed(offset[1][0], +offset[1].slice(1, 3), +offset[1].slice(-2));
    return end + offset[0].length;
  }
  return end;
}

function signed(sign: string, h: number, min: number): string | undefined {
  if (h > 14 || min > 59) return undefined;
  if (h === 0 && min === 0) return 'Z';
  return `${sign}${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function ymd(year: number | undefined, month: number | undefined, day: number): Partial<Moment> | null {
  if (!month || !isRealDate(year ?? 2000, month, day)) return null;
  if (year !== undefined && (year < 1970 || year > 2100)) return null;
  return { year, month, day };
}

/** A change that was put in place: "（2/1 已上线）", "shipped 1/20" (timeline-plans.ts reads done follow-ups by them too). */
export const DONE_ZH = '已(?:上线|完成|合入|合并|切换|修复|发布|部署|生效)';
export const DONE_EN = 'shipped|merged|deployed|released';
// "shipped 1/20", "on 1/21", "（2/1 已上线）", "6/2 白天", "11/11 上午": words that say a bare 1/20 is a day, not a
// ratio or a fraction
const DAY_WORD_BEFORE = new RegExp(String.raw`\b(?:on|${DONE_EN}|rolled out|since)\s+$`, 'i');
const DAY_WORD_AFTER = new RegExp(String.raw`^\s*(?:${DONE_ZH}|上线|发布|白天|上午|中午|下午|傍晚|晚上|夜里|夜间|凌晨|早上|早晨)`);

/** A bare month-day that the words around it say is a day. */
function namesDay(m: RegExpExecArray): boolean {
  return DAY_WORD_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index)) || DAY_WORD_AFTER.test(m.input.slice(m.index + m[0].length));
}

function monthDay(a: number, b: number, sep: string, bare: boolean): Partial<Moment> | null {
  // 12-12 is month-day (Chinese and ISO habit); with a slash, 21/10 can only be day/month
  const [month, day] = sep === '/' && a > 12 ? [b, a] : [a, b];
  const parts = ymd(undefined, month, day);
  return parts && { ...parts, needsTime: bare };
}

function clock(h: number, min: number, s: number | undefined, ampm: string | undefined): Partial<Moment> | null {
  let hour = h;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    hour = (h % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (hour > 23 || min > 59 || (s !== undefined && s > 59)) return null;
  return { hour, minute: min, second: s };
}

function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** 'YYYY-MM-DDTHH:MM[:SS][zone]', 'YYYY-MM-DD' or 'YYYY-MM' for complete parts; null when the year or month is missing. */
export function formatAt(p: { year?: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; zone?: string }): string | null {
  if (p.year === undefined || p.month === undefined) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  let at = `${p.year}-${two(p.month)}`;
  if (p.day === undefined) return at;
  at += `-${two(p.day)}`;
  if (p.hour === undefined) return at;
  at += `T${two(p.hour)}:${two(p.minute ?? 0)}`;
  if (p.second !== undefined) at += `:${two(p.second)}`;
  return at + (p.zone ? concreteZone(p.zone, p.year, p.month, p.day) : '');
}

/** A clock time's day named from the day the report was written: 昨晚 23:40, 今天凌晨 0:20, at 3:10 PM yesterday. */
export interface WriteUpDay {
  /** Days from the write-up's day: -1 yesterday, 0 today, -2 the day before yesterday. */
  days: number;
  /** The word and the time together, where they start in the text. */
  index: number;
  raw: string;
}

// 昨晚 / 前天晚上 / 今天凌晨 right before the clock; 昨 / 今 / 前 alone when the clock's own phrase opens with its part of
// the day (昨|晚 8 点); 前天 only where it is not part of another word (提前天数)
const ZH_WRITE_UP_DAY = String.raw`(昨|今|(?<![提之以目])前)(天|日|晚|夜|早|晨)(?:的)?\s*(?:(?:${PERIOD})\s*)?`;
const ZH_WRITE_UP_WORD = new RegExp(`${ZH_WRITE_UP_DAY}$`, 'u');
const ZH_WRITE_UP_PREFIX = /(昨|今|(?<![提之以目])前)()$/u;
const EN_WRITE_UP_WORD = String.raw`yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+before\s+yesterday`;
const EN_BEFORE = new RegExp(String.raw`\b(${EN_WRITE_UP_WORD})(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:(?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)|~)\s*)*$`, 'i');
const EN_AFTER = new RegExp(String.raw`^\s*,?\s*(${EN_WRITE_UP_WORD})\b`, 'i');

/**
 * The write-up-relative day of a clock time `m` of `text`, when a word next to it names one. "Last night" with a
 * time in the small hours (昨晚 0:30, last night around 2 AM) is the night that ran into the day of writing.
 */
export function writeUpDayOf(text: string, m: Moment): WriteUpDay | undefined {
  if (m.hour === undefined || hasDatePart(m)) return undefined;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const end = m.index + m.raw.length;
  const zh = ZH_WRITE_UP_WORD.exec(before) ?? (/^[晚夜早]/.test(m.raw) ? ZH_WRITE_UP_PREFIX.exec(before) : null);
  const en = zh ? null : EN_BEFORE.exec(before);
  const after = zh || en ? null : EN_AFTER.exec(text.slice(end));
  const found = zh ?? en ?? after;
  if (!found) return undefined;
  const days = daysOfWord(zh ? zh[1] + (zh[2] || m.raw[0]) : found[1], m.hour);
  if (after) return { days, index: m.index, raw: text.slice(m.index, end + after[0].length) };
  const index = m.index - (before.length - found.index);
  return { days, index, raw: text.slice(index, end) };
}

/** 前天 / the day before yesterday -2, 昨 / yesterday / last night -1, 今 / today / this morning 0; a night's small hours are the next day. */
export function daysOfWord(written: string, hour?: number): number {
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  const night = /^(?:昨|前)[晚夜]|^last night$/.test(word);
  return (/^前|^the day before/.test(word) ? -2 : /^昨|^yesterday|^last night/.test(word) ? -1 : 0) + (night && hour !== undefined && hour < 6 ? 1 : 0);
}

/** A statement that opens with a day named from the write-up ("前天下午，为活动…", "Last night the disk died"). */
const WRITE_UP_OPENING = new RegExp(String.raw`^(\s*(?:\d+\s*[.、)]\s*|[-*•]\s*)?)(?:${ZH_WRITE_UP_DAY}|(${EN_WRITE_UP_WORD}|earlier\s+today)\b(?:\s+(?:morning|afternoon|evening|night)\b)?)`, 'iu');

/** The day a statement opens with, in days from the write-up, and the words that name it. */
export function writeUpDaysOpening(text: string): { days: number; index: number; raw: string } | undefined {
  const m = WRITE_UP_OPENING.exec(text);
  if (!m) return undefined;
  const word = m[2] ? m[2] + m[3] : m[4].replace(/^earlier\s+/i, '');
  return { days: daysOfWord(word), index: m[1].length, raw: m[0].slice(m[1].length).trimEnd() };
}
