/**
 * Chinese date and clock phrases in one text value: 2019年7月14日, 九月份, 11 号 18点, 10 点 40 左右, 凌晨2点,
 * 11 点 19 分, 第二天 / 次日. Ranges (9 点~11 点 19 分) are joined by dates.ts like any two adjacent times.
 */
import type { Moment } from './dates.ts';
import { isRealDate } from '../schema.ts';
import { allMatches } from './regex-all.ts';

export interface Found {
  index: number;
  length: number;
  parts: Partial<Moment>;
}

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十二 → 12, 二十三 → 23, 9 → 9. */
export function readChineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return +s;
  if (![...s].every((c) => c in NUMERALS)) return undefined;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? NUMERALS[s] : undefined;
  const tens = i === 0 ? 1 : NUMERALS[s[0]];
  const ones = i === s.length - 1 ? 0 : NUMERALS[s[i + 1]];
  return tens * 10 + ones;
}

/** The parts of a day Chinese reports name (凌晨 2 点, 下午 3 点), one list for every rule that reads them. */
export const PERIOD = '凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|深夜|半夜';
const CN = '[零〇一二两三四五六七八九十]{1,3}';
const ZH_FULL_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const ZH_YEAR_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g;
const ZH_MONTH = new RegExp(`(?<![\\d${'零〇一二两三四五六七八九十'}])(${CN}|\\d{1,2})\\s*月(份|初|中旬|上旬|下旬|底|末)`, 'g');
// hour 点 [minute 分] with an optional day (11 号) and period (凌晨); a digit hour, or a Chinese one after a period
// (晚一点 is "a little later", not 1 o'clock); not a name's number ("P1 时长", "v2 点"), nor a version's last digit
// ("7 升 8.0 时": when 7 was upgraded to 8.0), nor 时长 / 时间 / 时效 (a duration, the word time)
const ZH_CLOCK = new RegExp(
  `(?:(?<![月\\d]\\s*)(\\d{1,2})\\s*[号日]\\s*)?(${PERIOD}|晚(?=\\s*(?:\\d|[二两三四五六七八九十]|一(?![点點]))))?\\s*(?<![A-Za-z\\d.])(\\d{1,2}|${CN})\\s*[点點时時](?![位数钟评赞击名子长間间效几])` +
    `(?:\\s*过?\\s*(\\d{1,2}|半|一刻|三刻|${CN})(?!\\s*[个秒%台次条名位项种家人组套块张批轮遍倍天])\\s*分?)?(\\s*(?:左右|许|前后|多(?![个种台次条名位项])))?` +
    `(?!\\s*(?:需|要|原因|建议|问题|意见|内容|改进|结论|总结|注意|[:：]))`,
  'g',
);
// only where it names the day something happened on ("双十二那天晚上", "双11 当天零点"): "去年双十一的数据" and
// "双 12 活动前" name the sale, not a day of the story
const ZH_FESTIVAL = /(?<!去年|前年)双\s*(十一|十二|11|12)(?=\s*(?:当天|那天|当晚|那晚|零点|凌晨|早上|上午|中午|下午|晚上|夜里|\d))/g;
// 前一天 names a day, not what was measured on it or compared with it ("和前一天同时段持平", "按前一天的访问排行",
// "跑一批前一天的统计 SQL"); "前一天的晚上" is the evening before
const ZH_RELATIVE = /第二天|次日|翌日|隔天|第二日|第三天|(?<![和跟与比较同按])前一[天日](?!同|的(?!凌晨|早上|上午|中午|下午|傍晚|晚上|深夜|夜里|\s*\d))|(\d|[一两二三])\s*天(?:之)?后/g;
// 周三, 上周五, 星期日: not 每周五 (a routine), 下周二 (a plan), a weekday beside its date (4月14日（周五）, 上周五（4月14日）,
// 7月14日是个周日), one a number is compared with (和上周日基本一致, 比上周五高), nor weekdays in a pair or a range
// (把周六周日标成非工作日, 周一到周五): kinds of days, not days
export const ZH_WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
export const ZH_WEEK = '(?:周|星期|礼拜)';
export const ZH_WEEKDAY_DAY = `[${Object.keys(ZH_WEEKDAY_NUMBER).join('')}]`;
/** A weekday written in Chinese (周五, 星期日, 礼拜三), for patterns. */
export const ZH_WEEKDAY_WORD = `${ZH_WEEK}${ZH_WEEKDAY_DAY}`;
const ZH_WEEKDAY = new RegExp(String.raw`(?<![每下和跟与比较同]|[和跟与比较同]上|是个?|为|[（(]\s*|${ZH_WEEK}${ZH_WEEKDAY_DAY}[、和与及到至~-]?)(上|本|这)?(?:个)?${ZH_WEEK}(${ZH_WEEKDAY_DAY})(?!末|\s*[（(]\s*\d{1,2}\s*月|[、和与及到至~-]?${ZH_WEEK}${ZH_WEEKDAY_DAY})`, 'g');
// 下午 3:30: a period of the day before a written clock
const ZH_PERIOD_CLOCK = new RegExp(`(${PERIOD})\\s*(\\d{1,2}):(\\d{2})(?!\\d)`, 'g');

export function findChineseMoments(text: string): Found[] {
  const out: Found[] = [];
  const push = (m: RegExpMatchArray, parts: Partial<Moment> | null) => {
    // the pattern may start on spaces before the hour: keep `raw` to the phrase itself
    const lead = m[0].length - m[0].trimStart().length;
    if (parts) out.push({ index: m.index! + lead, length: m[0].trim().length, parts });
  };
  if (!/[月日号天点點时時:双]/.test(text)) return out;
  // each pattern runs only where the character it cannot do without occurs
  const month = text.includes('月');
  if (month) {
    for (const m of allMatches(ZH_FULL_DATE, text)) {
      const year = m[1] ? +m[1] : undefined;
      push(m, isRealDate(year ?? 2000, +m[2], +m[3]) ? { year, month: +m[2], day: +m[3] } : null);
    }
    if (text.includes('年')) for (const m of allMatches(ZH_YEAR_MONTH, text)) push(m, +m[2] >= 1 && +m[2] <= 12 ? { year: +m[1], month: +m[2] } : null);
    for (const m of allMatches(ZH_MONTH, text)) {
      const month = readChineseNumber(m[1]);
      push(m, month && month <= 12 ? { month, partOfMonth: m[2] !== '份' || undefined } : null);
    }
  }
  // the clock pattern is the costly one: only where a 点 or 时 can anchor it
  if (/[点點时時]/.test(text)) {
    for (const m of allMatches(ZH_CLOCK, text)) {
      push(m, isNotMidnight(m, text) ? null : readClock(m));
    }
  }
  if (text.includes('天') || text.includes('日')) {
    for (const m of allMatches(ZH_RELATIVE, text)) push(m, { relativeDays: m[1] ? readChineseNumber(m[1]) : m[0].startsWith('前') ? -1 : m[0] === '第三天' ? 2 : 1 });
  }
  // 双十一 / 双12: the shopping festivals are days of their own (11 月 11 日, 12 月 12 日) …
  if (text.includes('双')) {
    for (const m of allMatches(ZH_FESTIVAL, text)) {
      const n = m[1] === '十一' || m[1] === '11' ? 11 : 12;
      push(m, { month: n, day: n });
    }
  }
  if (/周|星期|礼拜/.test(text)) {
    for (const m of allMatches(ZH_WEEKDAY, text)) push(m, { weekday: ZH_WEEKDAY_NUMBER[m[2]], weekOffset: m[1] === '上' ? -1 : m[1] ? 0 : undefined });
  }
  if (text.includes(':')) for (const m of allMatches(ZH_PERIOD_CLOCK, text)) push(m, readClock([m[0], undefined, m[1], m[2], m[3], undefined] as unknown as RegExpMatchArray));
  return out;
}

/**
 * 零点 alone is midnight only where it opens a clause ("零点活动页切换"): not a decimal (零点五秒), a bound (零点前),
 * a slot (零点档, 零点场) or a name ("618 零点限流规则").
 */
function isNotMidnight(m: RegExpMatchArray, text: string): boolean {
  if (m[3] !== '零' || m[1] || m[2] || m[4]) return false;
  const before = text.slice(0, m.index! + m[0].length - m[0].trimStart().length).trimEnd();
  const opensClause = before === '' || /[，,。；;：:、（(）)“”"「」—-]$/.test(before);
  return !opensClause || /^\s*(?:[\d零〇一二两三四五六七八九十档场的]|之?前)/.test(text.slice(m.index! + m[0].length));
}

function readClock(m: RegExpMatchArray): Partial<Moment> | null {
  const [, dayText, period, hourText, minuteText, approx] = m;
  // a Chinese numeral before 点 is usually "a bit" (一点) or a count (两点原因) unless a period of the day, a day,
  // minutes or 多 / 左右 say it is a clock (下午两点, 11 日零点, 三点五十, 四点半, 三点过五分, 三点多); 零点 is midnight
  if (!/^\d+$/.test(hourText) && !period && !dayText && !minuteText && !approx && hourText !== '零') return null;
  let hour = readChineseNumber(hourText);
  if (hour === undefined || hour > 24) return null;
  const minute = minuteText === '半' ? 30 : minuteText === '一刻' ? 15 : minuteText === '三刻' ? 45 : minuteText ? readChineseNumber(minuteText) : 0;
  if (minute === undefined || minute > 59) return null;
  if (period && /下午|午后|傍晚|晚|夜里|夜间|深夜/.test(period) && hour < 12) hour += 12;
  if (period === '中午' && hour < 6) hour += 12;
  if (hour === 24 || (period && /凌晨|半夜/.test(period) && hour === 12)) hour = 0;
  const day = dayText ? +dayText : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  // 零点 is the night's first moment: after an evening, the next day
  const smallHours = (period !== undefined && /凌晨|半夜/.test(period) && hour < 6) || hourText === '零' ? true : undefined;
  const twelveHour = !period && hour >= 1 && hour < 12 ? true : undefined;
  return { day, hour, minute, approximate: approx ? true : undefined, smallHours, twelveHour };
}
