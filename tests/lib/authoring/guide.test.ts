import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/lib/authoring/check.ts';
import { guideRules, guideTemplates } from '../../../src/lib/authoring/guide.ts';
import { RULES } from '../../../src/lib/authoring/lint.ts';
import { context } from './helpers.ts';

describe('the writing guide', () => {
  it('lists every rule of the checker, with how the review state changes its severity', () => {
    expect(guideRules().map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(guideRules().find((r) => r.id === 'no-timeline')!.severity).toBe('warning; error when reviewed');
    expect(guideRules().find((r) => r.id === 'end-before-start')!.severity).toBe('error; warning when generated');
  });
  it('shows real scaffolds in both languages, which pass the checker', () => {
    const templates = guideTemplates();
    expect(templates.map((t) => t.language)).toEqual(['zh', 'en']);
    for (const t of templates) {
      expect(t.command).toMatch(/^npm run new -- --title ".+" --date 2026-11-20 --lang (zh|en) --yes$/);
      expect(checkText(t.fileName, t.text, context()).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});
