/**
 * One to three sentences — what broke, why, what fixed it — in the report's language. The report's own
 * summary section is used when it has one (its first sentences); otherwise the summary is built from the
 * first symptom, cause and fix extracted.
 */
import type { Language } from './language.ts';
import type { Section } from './sections.ts';
import { collectUnits } from './units.ts';
import { capitalise, clipChars } from './text.ts';

export interface SummaryFacts { symptoms: string[]; causes: string[]; fixes: string[] }

const MAX_SUMMARY = 320;

export function summarizeReport(sections: Section[], facts: SummaryFacts, language: Language): string {
  const own = ownSummary(sections);
  if (own) return own;
  const zh = language === 'zh';
  const parts: string[] = [];
  const [symptom, cause, fix] = [facts.symptoms[0], facts.causes[0], facts.fixes[0]].map((s) => s?.replace(/[。.;；，,]+$/u, ''));
  if (symptom) parts.push(zh ? `${symptom}。` : `${capitalise(symptom)}.`);
  if (cause) parts.push(zh ? `原因：${cause}。` : `Cause: ${cause}.`);
  if (fix) parts.push(zh ? `处理：${fix}。` : `Fix: ${fix}.`);
  return clipChars(parts.join(zh ? '' : ' '), MAX_SUMMARY);
}

/** The first sentences of a section titled Summary / 摘要, up to three. */
function ownSummary(sections: Section[]): string {
  const section = sections.find((s) => s.ownRole === 'summary');
  if (!section) return '';
  const sentences = collectUnits([{ ...section, headingKind: 'none' }]).slice(0, 3).map((u) => u.text);
  return clipChars(sentences.join(' '), MAX_SUMMARY);
}

