/**
 * A status page's stamp: the paragraph below an update that says when it was posted. The timeline dates the update
 * above it by the stamp (timeline-walk.ts); sections end what a pseudo-heading heads at it (sections.ts).
 */
import { parseDateTimes } from './dates.ts';

/**
 * A paragraph that is only a full date and time ("Mar 6, 2024 - 17:52 UTC", "2024-03-06 17:52 UTC", "2024年3月6日
 * 17:52"), as status pages stamp each update below its text. Read by the timeline's own date parser; most
 * paragraphs are ruled out before it runs (a stamp is short and has a clock).
 */
export function isStampOnly(text: string): boolean {
  if (text.length > MAX_STAMP || !CLOCK.test(text)) return false;
  // "Posted Nov 12, 17:20 UTC": a status page's label before the stamp, and then the year may go unsaid
  const label = STAMP_LABEL.exec(text)?.[0].length ?? 0;
  const moments = parseDateTimes(text.slice(label));
  const m = moments[0];
  return moments.length === 1 && m.index === 0 && m.raw.length === text.length - label && (m.year !== undefined || label > 0) && m.month !== undefined && m.day !== undefined && m.hour !== undefined;
}
export const STAMP_LABEL = /^(?:posted|updated|published)\s+(?:on\s+|at\s+)?/i;
const MAX_STAMP = 48;
const CLOCK = /\d:\d\d/;
