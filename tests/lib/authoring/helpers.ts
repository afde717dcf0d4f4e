/** Shared test helpers: the hand-written fixture, the real taxonomy, a check context. */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { SAFE_MATTER_OPTIONS } from '../../../src/lib/extract/frontmatter.ts';
import { postmortemSchema, type Postmortem } from '../../../src/lib/schema.ts';
import { parseCategories, parseTechnologies } from '../../../src/lib/taxonomy.ts';
import type { CheckContext } from '../../../src/lib/authoring/check.ts';

export const FIXTURE = 'tests/fixtures/authoring/hand-written.md';
export const fixtureText = () => readFileSync(FIXTURE, 'utf8');

export function fixture(): { data: Postmortem; body: string } {
  const parsed = matter(fixtureText(), SAFE_MATTER_OPTIONS);
  return { data: postmortemSchema.parse(parsed.data), body: parsed.content };
}

export const categories = parseCategories(readFileSync('content/categories.yaml', 'utf8'));
export const technologies = parseTechnologies(readFileSync('content/technologies.yaml', 'utf8'));

export function context(existing: string[] = []): CheckContext {
  return {
    categories: new Set(categories.map((c) => c.id)),
    technologies: new Set(technologies.map((t) => t.id)),
    sourceExists: (path) => existing.includes(path),
  };
}
