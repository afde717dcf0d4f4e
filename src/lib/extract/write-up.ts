/**
 * Lines that date the write-up itself rather than an event, and the day they name: when the report was written,
 * published or exported. Days named from it ("昨晚 23:40", "前天下午", "this morning", "at 23:38 last night") count
 * from that day (dates.ts reads the words, timeline-resolve.ts places them).
 */
import type { DayStamp } from './date-evidence.ts';
import { MONTH_STEMS, REPORT_PERIOD, type Moment } from './dates.ts';
import type { Statement } from './timeline-walk.ts';

/**
 * A line that dates the write-up itself: its author's, publisher's, exporter's or review meeting's date, a
 * handover note's header, a blog byline ("· 9 min read", "于 2023-04-18 21:36:02 发布"), a ticket's Created /
 * Updated fields, a chat export's "Exported by … on …" / "导出时间：…". English labels end at a word boundary;
 * Chinese ones cannot (\b only knows ASCII words: "报告日期 | 2022年11月7日" has none after 期).
 */
export const WRITE_UP_DATE = new RegExp(
  [
    String.raw`\b\d+\s*min(?:ute)?s? read\b|阅读(?:约|时间)|于\s*[\d年月日:/.\- ]{6,25}发[布表]`,
    String.raw`^(?:\*\*)?(?:report date|date of (?:report|writing)|prepared (?:on|by)|written (?:on|by)|published(?: on)?|last (?:updated|modified|edited)|updated on|posted on|posted(?= (?:${MONTH_STEMS})[a-z]*\.? \d{1,2},? \d{4})|(?:(?:post-?mortem|post-incident|incident) )?review(?: meeting)?(?: date)?|reviewed (?:in|at|on)|retro(?:spective)?(?: meeting)? (?:held|date|on))\b\s*(?:\*\*)?\s*[:：]?`,
    String.raw`^(?:\*\*)?(?:作者|撰写人|编写人|报告人|报告日期|撰写日期|编写日期|发布于|发布时间|发表于|更新于|更新时间|最后更新|复盘会|复盘时间|复盘日期|整理时间|整理日期)`,
    String.raw`^(?:\*\*)?(?:created|updated|authors?)(?:\*\*)?\s*[:：|]`,
    // a wiki page's or a chat export's metadata line ("所有者：… 创建时间：2024年6月20日 10:12 最近修改：…",
    // "导出人：… 导出时间：2024-06-13 11:40", "Owner: … · Last edited Mar 4, 2024", "记录人：… 复盘会：2021/11/12 15:00",
    // "Postmortem — posted Jan 27, 2022", "Incident INC-0303 · Published 8 March 2024 · Last updated …"), wherever the label stands
    String.raw`(?:创建时间|创建于|最近修改|最后修改|修改时间|最近更新|复盘会|复盘时间|复盘日期)\s*[:：]|导出(?:时间|于|日期)\s*(?:[:：]|(?=\d))|[—–]\s*posted\b|\b(?:posted|written) by\s+\S+(?=.*\b(?:19|20)\d{2}\b)|\b(?:created|last (?:updated|modified|edited))(?: on| at)?\s*[:：]|\breviewed(?: on| at)?\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?=\d|(?:${MONTH_STEMS}))|\blast reviewed\b|[·•|]\s*(?:published|last (?:updated|modified|edited))(?= (?:on )?(?:\d|(?:${MONTH_STEMS})))|(?:日报|值班日报|daily report)\s*[:：]?\s*(?=\d{4}[-/.年])|\blast edited(?= (?:\d|(?:${MONTH_STEMS})))`,
    // a repost's or a blog's byline ("原创 老K聊后端 2024年05月20日 08:30 浙江", "*Jonas Keller · June 12, 2024 · notes*")
    String.raw`^原创\s|^[*_]*[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]*){0,3}\s*[·•]\s*(?=(?:${MONTH_STEMS})[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:${MONTH_STEMS})[a-z]* \d{4}|\d{4}[-/.年])`,
    // a social thread's header, unrolled or exported ("Jun 14, 2024, 9:02 AM · 14 posts · 212 boosts · 48 replies",
    // "2024-05-20 · 1.2万 阅读 · 36 评论"): when it was posted, after what it tells
    String.raw`[·•|]\s*\d[\d,.]*\s*[kK万]?\s*(?:(?:posts?|replies|boosts?|likes?|reposts?|retweets?|views?|comments?)\b|阅读|点赞|评论|转发|浏览)`,
    // a recording's header or file name ("Voice memo 2024-05-16 18:47.m4a — transcript", "2025年2月6日 15:00 ｜ 时长
    // 41:27 ｜ 录制人：张宇"): when it was recorded, after what it tells
    String.raw`\.(?:m4a|mp3|wav|aac|ogg)\b|\b(?:voice memo|recording)\b(?=.*\d{4}[-/.]\d{1,2}[-/.]\d{1,2})|录制人\s*[:：]|录音(?:时间|日期)\s*[:：]`,
    // who compiled or wrote it on which day ("（2024-11-13 老周整理，群里贴的）", "2024/3/5 张三 撰写")
    String.raw`(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:[\p{Script=Han}A-Za-z]{1,6}\s*)?(?:整理|撰写|编写|执笔)`,
    // a weekly report's period ("基础架构组周报 第37周（9.11 - 9.15）"): the week it covers (dates.ts)
    REPORT_PERIOD.source,
    String.raw`^(?:\*\*)?exported\b(?: by \S+)? (?:on|at)\b`,
    // a status page's postmortem entry, posted days after the updates below it ("**Postmortem** - Mar 6, 2025 09:15 UTC")
    String.raw`^(?:\*\*)?post-?mortem(?:\*\*)?\s*[-–—]\s*(?=(?:${MONTH_STEMS})|\d)`,
    // a Q&A thread's question ("**jkowalczyk** asked on May 16, 2024 in Q&A"), written after what it tells; an
    // issue's "commented on Mar 4" is not: each comment tells what happened that day
    String.raw`^(?:\*\*)?@?[\w.-]+(?:\*\*)? asked on (?=\d|(?:${MONTH_STEMS}))`,
    // an on-call handover note's header ("【值班交接】2025-01-07 08:30 夜班 -> 白班", "On-call handover, Tue 7 Jan 08:30"):
    // when it was written, the night before being "昨晚" / "last night"
    String.raw`^[【\[(（]?\s*(?:值班)?(?:交接|交班)(?:记录|班)?\s*[】\])）]?|^(?:\*\*)?(?:on-?call |shift )?hand-?(?:over|off)\b`,
  ].join('|'),
  'iu',
);

/**
 * The header of an email or a notice ("发件人: … 收件人: … 日期: 2023年9月14日 10:26", "主题：… 发布：技术保障部　日期：
 * 2024-11-13", "From: … Sent: … Subject: …"): two of these labels or more at the top of the report.
 */
const MEMO_LABELS = String.raw`(?:\*\*)?(发件人|收件人|抄送|主题|发布|from|to|cc|subject)(?:\*\*)?\s*[:：]`;
const MEMO_LABEL = new RegExp(String.raw`(?:^|\s)${MEMO_LABELS}`, 'giu');
/** A line that opens with one of them. */
const OPENS_WITH_MEMO_LABEL = new RegExp(`^${MEMO_LABELS}`, 'iu');
/** A header line that holds the date: when the memo was sent. */
const MEMO_DATE = /(?:^|\s)(?:\*\*)?(?:日期|发送时间|发件时间|date|sent)(?:\*\*)?\s*[:：]/iu;
/** How many statements a header may take at the top of the report. */
const HEADER_STATEMENTS = 8;

/** Whether the report opens with an email's or notice's header: two of its labels or more in its first lines. */
function opensWithMemo(lines: string[]): boolean {
  const top = lines.slice(0, HEADER_STATEMENTS);
  return new Set(top.flatMap((text) => [...text.matchAll(MEMO_LABEL)].map((m) => m[1].toLowerCase()))).size >= 2;
}

const isHeaderLine = (text: string) => MEMO_DATE.test(text) || OPENS_WITH_MEMO_LABEL.test(text);

/** For each statement, whether it dates the write-up (WRITE_UP_DATE, or a line of an email's or notice's header). */
export function findWriteUpLines(statements: Statement[]): boolean[] {
  const memo = opensWithMemo(statements.map((s) => s.text));
  return statements.map((s, index) => WRITE_UP_DATE.test(s.text) || (memo && index < HEADER_STATEMENTS && isHeaderLine(s.text)));
}

const SUBJECT = /^(?:\*\*)?(?:主题|标题|subject)(?:\*\*)?\s*[:：]\s*/iu;

/** What the subject line of a report's email or notice header says: the report's title, as its author gave it. */
export function memoSubject(lines: string[]): string | null {
  if (!opensWithMemo(lines)) return null;
  for (const line of lines.slice(0, HEADER_STATEMENTS)) {
    const subject = SUBJECT.exec(line);
    if (subject && line.length > subject[0].length) return line.slice(subject[0].length).trim();
  }
  return null;
}

/** The day of the first write-up line that writes a full date. */
export function findWriteUpDay(statements: Statement[], parsed: Moment[][], writeUpLines: boolean[]): DayStamp | undefined {
  for (const [index, s] of statements.entries()) {
    if (s.origin === 'log' || !writeUpLines[index]) continue;
    const full = parsed[index].find((m) => m.year !== undefined && m.day !== undefined);
    if (full) return { year: full.year!, month: full.month!, day: full.day! };
  }
  return undefined;
}

/**
 * A year a report names without a day: a year, its quarter or week ("2023 年线上故障复盘合集", "2024 年第 11 周",
 * "Q3 2023", "FY2024"), an incident number that holds it ("INC-2023-1202-01"). With no dated day anywhere, it is
 * the year of the report's month-days.
 */
export function namedYearOf(text: string): number | undefined {
  const named = YEAR_NAMED.exec(text);
  return named ? +(named[1] ?? named[2] ?? named[3]) : undefined;
}

const YEAR_NAMED = /(?<!\d)((?:19|20)\d{2})\s*(?:年(?!\s*\d)|财年)|\b(?:Q[1-4]|H[12]|FY)\s*((?:19|20)\d{2})\b|\b[A-Z]{2,10}-((?:19|20)\d{2})-\d{2,}/u;
