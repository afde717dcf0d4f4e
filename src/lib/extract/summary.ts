/**
 * One to three sentences — what broke, why, what fixed it — in the report's language. The report's own
 * summary section is used when it has one (its first sentences); otherwise the summary is built from the
 * first symptom, cause and fix extracted.
 */
import type { Language } from './language.ts';
import type { Section } from './sections.ts';
import { collectUnits } from './units.ts';
import { capitalise, clipChars } from './text.ts';
import { ROLE_SCORE } from './fact-budget.ts';

type SummaryField = 'causes' | 'fixes';
export interface SummaryFacts {
  symptoms: string[];
  causes: string[];
  fixes: string[];
  /** The statements with how sure each one's field is: the surest of a field speaks for it. */
  items?: { field: string; text: string; score: number }[];
}

const MAX_SUMMARY = 320;

export function summarizeReport(sections: Section[], facts: SummaryFacts, language: Language): string {
  const own = ownSummary(sections);
  if (own) return own;
  const zh = language === 'zh';
  const parts: string[] = [];
  // what was seen: the first symptom, often the title's own words; why and what fixed it: the surest statements
  const [symptom, cause, fix] = [facts.symptoms[0], surest(facts, 'causes'), surest(facts, 'fixes')].map((s) => s?.replace(/[。.;；，,]+$/u, ''));
  if (symptom) parts.push(zh ? `${symptom}。` : `${capitalise(symptom)}.`);
  if (cause) parts.push(zh ? `原因：${cause}。` : `Cause: ${cause}.`);
  if (fix) parts.push(zh ? `处理：${fix}。` : `Fix: ${fix}.`);
  return clipChars(parts.join(zh ? '' : ' '), MAX_SUMMARY);
}

/**
 * The first statement of a field's own section (authors put the main one first); without such a section, the
 * statement its cues are surest of. Not simply the first in reading order: that is often the title heading or a
 * line of an email's header, read as a symptom or a fix by a word or two.
 */
function surest(facts: SummaryFacts, field: SummaryField): string | undefined {
  if (!facts.items) return facts[field][0];
  const mine = facts.items.filter((item) => item.field === field);
  const stated = mine.find((item) => item.score >= ROLE_SCORE);
  if (stated) return stated.text;
  let best: (typeof mine)[number] | undefined;
  for (const item of mine) if (!best || item.score > best.score) best = item;
  return best?.text;
}

/** The first sentences of a section titled Summary / 摘要, up to three. */
function ownSummary(sections: Section[]): string {
  const section = sections.find((s) => s.ownRole === 'summary');
  if (!section) return '';
  const sentences = collectUnits([{ ...section, headingKind: 'none' }]).slice(0, 3).map((u) => u.text);
  return clipChars(sentences.join(' '), MAX_SUMMARY);
}

