/**
 * Dates that are evidence, not events: log stamps (`181011 14:18:24`, `2019-01-29 23:59:24 [thread] ERROR`),
 * image and file names (`image2022-10-10_20-42-27.png`, `markdown-img-paste-20211215195323445.png`), URLs
 * (`2023%2F09%2F25`), command output (`notAfter=Apr  9 21:00:00 2024 GMT`). They tell the year of a report that never writes it, never a timeline entry.
 */
import { isRealDate } from '../schema.ts';
import { MONTHS, MONTH_STEMS_CAPITALISED } from './dates.ts';
import { allMatches } from './regex-all.ts';

export interface DayStamp {
  year: number;
  month: number;
  day: number;
}

const LEVEL = '(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE)';
// 2019-01-29, 20190129, 2024.12.02 (ClickHouse), 19/01/29
const STAMP = '\\d{2,4}[-/.]?\\d{2}[-/.]?\\d{2}[ T]\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?';
/** `[W 181011 14:18:24 conn:625]`, `[INFO 2021-…]` */
const LOG_BRACKETED = new RegExp(`^\\s*\\[\\s*(?:[A-Z]|${LEVEL})\\b[^\\]]{0,20}?${STAMP}`);
/** `2019-01-29 23:59:24 [thread] ERROR logger …`, `2019-01-29T23:59:24.123Z INFO …`, Python's `2024-01-13 06:14:02,118:ERROR:certbot…` */
const LOG_STAMPED = new RegExp(
  `^\\s*\\[?${STAMP}\\]?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC)?\\s*(?:[:|]\\s*|-\\s+)?(?:\\[|<|\\b${LEVEL}\\b|[\\w$]+(?:\\.[\\w$]+){2,}|\\w+:\\d+\\b)`,
);
/** `23:59:24.123 [main] INFO …` */
const LOG_TIME_ONLY = new RegExp(`^\\s*\\[?\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\]?\\s+(?:\\[|\\b${LEVEL}\\b)`);
/** Six-digit dates followed by a clock exist only in logs. */
const SHORT_STAMP = /(?<!\d)(\d{2})(\d{2})(\d{2})[ T]\d{1,2}:\d{2}:\d{2}/;

/** `Feb 18 2025 02:40:51 GMT: WARNING (nsup): …` (Aerospike), `Mar 3, 2024 10:02:11 AM ERROR …`: a month-name stamp and a level. */
const LOG_MONTH_STAMPED = new RegExp(`^\\s*\\[?(?:${MONTH_STEMS_CAPITALISED})[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}\\s+\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:\\s*[AP]M)?\\]?\\s*(?:[A-Z]{2,5}\\s*)?[:\\]]?\\s*\\b${LEVEL}\\b`);
/** `01-14 10:31:22.417  8812  8812 W PaySDK: …`: Android's logcat (month-day, time, pid, tid, level letter, tag). */
const LOGCAT = /^\s*\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\.\d{3}\s+\d+\s+\d+\s+[VDIWEF]\s+\S/;
/** `-rw-r--r-- 1 root root 214 May 31 16:58 media-archive.cron` (`ls -l`; `412G` with -h): its times are the files'. */
const LS_LONG = /^\s*[-dlcbps][rwxsStT-]{9}[.+@]?\s+\d+\s+\S+\s+\S+\s+\d+(?:[.,]\d+)?[KMGTP]?\s/;
/**
 * A line of SQL pasted into a paragraph (`WHERE o.created_at >= '2020-09-15'`): its dates are the query's. Only
 * keywords in capitals open one, and UPDATE only with its SET: "Update: …" and "UPDATE: …" are a report's own labels.
 */
export const SQL_LINE = /^\s*(?:SELECT|FROM|WHERE|(?:GROUP|ORDER) BY|INSERT INTO|DELETE FROM|ALTER TABLE|CREATE (?:TABLE|INDEX)|(?:(?:LEFT|RIGHT|INNER|OUTER) )?JOIN|UPDATE \S+ SET) \S/;

/**
 * True for a line written by a program: it starts with a timestamp and carries a level, logger or thread (or it is
 * a line of `ls -l`).
 */
export function isLogLine(line: string): boolean {
  // every form holds a clock (`14:18:24`, `16:58`): a line without a colon is never a log line
  if (!line.includes(':')) return false;
  return LOG_BRACKETED.test(line) || LOG_STAMPED.test(line) || LOG_TIME_ONLY.test(line) || SHORT_STAMP.test(line.slice(0, 24)) || LS_LONG.test(line) || LOG_MONTH_STAMPED.test(line) || LOGCAT.test(line);
}

const SHORT_STAMPS = new RegExp(SHORT_STAMP, 'g');
const FULL = /(?<!\d)((?:19|20)\d{2})[-/._年](\d{1,2})[-/._月](\d{1,2})(?!\d)/g;
const COMPACT = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?=\d{0,9}(?!\d))/g;
/** `Apr  9 21:00:00 2024 GMT`: the C library's date (openssl, `date`, asctime), the year after the clock. */
const ASCTIME = new RegExp(String.raw`\b(${MONTH_STEMS_CAPITALISED})\s+(\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+((?:19|20)\d{2})(?!\d)`, 'g');

/** Every plausible calendar day written in a value (file names, URLs and logs included), in order. */
export function findEvidenceDates(text: string): DayStamp[] {
  if (!/\d{4}|%2F/i.test(text)) return [];
  const value = text.replace(/%2F/gi, '/');
  const out: { at: number; stamp: DayStamp }[] = [];
  const add = (at: number, y: number, m: number, d: number) => {
    if (y >= 1990 && y <= 2100 && isRealDate(y, m, d)) out.push({ at, stamp: { year: y, month: m, day: d } });
  };
  for (const m of allMatches(FULL, value)) add(m.index!, +m[1], +m[2], +m[3]);
  for (const m of allMatches(COMPACT, value)) add(m.index!, +m[1], +m[2], +m[3]);
  for (const m of allMatches(SHORT_STAMPS, value)) add(m.index!, 2000 + +m[1], +m[2], +m[3]);
  for (const m of allMatches(ASCTIME, value)) add(m.index!, +m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  return out.sort((a, b) => a.at - b.at).map((o) => o.stamp);
}
