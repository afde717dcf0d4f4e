/**
 * A quote that is a transcript of the incident — a chat log or a pager feed pasted as one (`> [02:14] 告警机器人：…`)
 * — is read line by line, by the timeline and by the facts; any other quote is evidence. One rule for both.
 */
import type { Blockquote, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A line that opens with a clock time, bracketed or not: `[02:14] …`, `02:14 …`, `(14:51) …`. */
export const OPENS_WITH_CLOCK = /^\s*[[(（【]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])）】]?(?:\s|$)/;

/**
 * A quote whose lines mostly open with a clock time, at least two of them: a transcript of the incident
 * (a chat log, a pager feed). A quoted alert or message, with a time or two inside it, is not.
 */
export function isTimedTranscript(quote: Blockquote): boolean {
  return isTimedLines(quote.children.filter((c): c is Paragraph => c.type === 'paragraph').flatMap((p) => toString(p).split('\n')));
}

/** Lines that mostly open with a clock time, at least two of them: a chat export or pager feed, quoted or not. */
export function isTimedLines(lines: string[]): boolean {
  const written = lines.filter((l) => l.trim());
  const timed = written.filter((l) => OPENS_WITH_CLOCK.test(l)).length;
  return timed >= 2 && timed * 2 >= written.length;
}

/**
 * A chat export's message header on a line of its own, a time and the speaker's name (`**[10:07] Tom Lindqvist**`,
 * `[10:07] Tom Lindqvist`, `**10:07 Tom Lindqvist** (thread)`): the message is the lines below it, the name is no part of it.
 */
const MESSAGE_HEADER = /^\s*(?:\*\*)?\s*([[(（【]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])）】]?)\s+([\p{L}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*){0,3})\s*(?:\*\*)?\s*(?:\((?:thread|edited)\))?\s*$/u;

/** A WeChat or DingTalk export's header: the speaker, then the full date and time ("周涛 2024-06-03 21:14"). */
const NAMED_HEADER = /^\s*([\p{L}][\p{L}.'’·-]{0,15}(?: [\p{L}][\p{L}.'’-]*){0,2})\s+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/u;

/** The time and speaker of a message header line, or null. */
export function messageHeader(line: string): { time: string; speaker: string } | null {
  const m = MESSAGE_HEADER.exec(line);
  // bold or a bracketed time: "10:07 restarted the pods" is an entry, not a header
  if (m && (line.includes('**') || /^[[(（【]/.test(m[1]))) return { time: m[1], speaker: m[2] };
  const named = NAMED_HEADER.exec(line);
  return named ? { time: named[2], speaker: named[1] } : null;
}

