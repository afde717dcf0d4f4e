/**
 * What the "Writing a postmortem" page shows, computed from the same code the commands run: the template is a
 * real scaffold, the rules are the checker's table. Pure, so the page stays markup only.
 */
import { RULES, type Rule } from './lint.ts';
import { scaffoldPostmortem, SECTIONS, type TemplateLanguage } from './scaffold.ts';

export interface GuideTemplate {
  language: TemplateLanguage;
  command: string;
  fileName: string;
  text: string;
}

const EXAMPLES: Record<TemplateLanguage, string> = { zh: 'Kafka 消费积压导致数据中断', en: 'Checkout errors after a config change' };

/** A scaffold per language, exactly as `npm run new` writes it. */
export function guideTemplates(date = '2026-11-20'): GuideTemplate[] {
  return (['zh', 'en'] as const).map((language) => {
    const s = scaffoldPostmortem({ title: EXAMPLES[language], date, language });
    return { language, command: `npm run new -- --title "${EXAMPLES[language]}" --date ${date} --lang ${language} --yes`, fileName: s.fileName, text: s.text };
  });
}

export interface GuideRule {
  id: string;
  severity: string;
  description: string;
}

/** Every rule of the checker, with its severity and how the review state changes it. */
export function guideRules(rules: readonly Rule[] = RULES): GuideRule[] {
  return rules.map((r) => {
    const changes = Object.entries(r.byReview ?? {}).map(([review, severity]) => `${severity} when ${review}`);
    return { id: r.id, severity: [r.severity, ...changes].join('; '), description: r.description };
  });
}

export { SECTIONS };
