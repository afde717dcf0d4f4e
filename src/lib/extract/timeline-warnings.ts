/**
 * Warnings a reviewer should see: dates that contradict each other (same season, different year: a typo in
 * one of them), a list or table whose entries go back in time by more than a day, a hint date after the facts.
 */
import type { Candidate } from './timeline-resolve.ts';

const DAY = 24 * 60;

export function findTimelineWarnings(all: Candidate[], kept: Candidate[], hint: string | null): string[] {
  const warnings: string[] = [];
  const explicit = all.filter((c) => c.explicitYear && c.at && c.at.length >= 10);
  outer: for (const a of explicit) {
    for (const b of explicit) {
      const [ya, yb] = [+a.at!.slice(0, 4), +b.at!.slice(0, 4)];
      if (yb - ya !== 1) continue;
      // 2020-02-20 and 2021-02-25, a year apart to the week: one of the years is probably wrong
      const shifted = b.sortKey - (Date.UTC(yb, 0, 1) - Date.UTC(ya, 0, 1)) / 60000;
      if (Math.abs(shifted - a.sortKey) <= 45 * DAY) {
        warnings.push(`dates contradict: line ${a.line} says ${a.at!.slice(0, 10)} but line ${b.line} says ${b.at!.slice(0, 10)}`);
        break outer;
      }
    }
  }
  const lastInSeq = new Map<number, Candidate>();
  for (const c of all) {
    // an entry's own stamp, not a day it looks back to in the middle ("02:40 … policy_id null since mid Jan")
    if (c.seq === undefined || !c.at || !c.lead) continue;
    const prev = lastInSeq.get(c.seq);
    if (prev && prev.sortKey - c.sortKey > DAY) warnings.push(`events out of order: line ${c.line} (${c.at}) comes after line ${prev.line} (${prev.at})`);
    lastInSeq.set(c.seq, c);
  }
  const first = kept.find((c) => c.at && c.at.length >= 10);
  if (hint && first && hint < first.at!.slice(0, 10) && Date.parse(first.at!.slice(0, 10)) - Date.parse(hint) > 86400000) {
    warnings.push(`the source's date ${hint} is before the first event (${first.at!.slice(0, 10)})`);
  }
  return warnings;
}
