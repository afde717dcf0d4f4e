/** The root-cause taxonomy (content/categories.yaml) and the technology dictionary (content/technologies.yaml). */
import { z } from 'astro/zod';
import { parseYamlSafe } from './yaml-safe.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const categorySchema = z.object({
  /** Stable id used in frontmatter and URLs. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: bilingual,
  description: bilingual,
  /** Lowercase phrases that point to this category, per language. */
  keywords: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  /** Ids of categories often seen together with this one. */
  related: z.array(z.string()),
  /**
   * Ids of categories whose definition excludes this one: when one of them is chosen with a higher score, this
   * one is not (memory pressure is memory exhaustion *without* an unbounded leak; a leak's OOMs are its symptom).
   */
  yields_to: z.array(z.string()).default([]),
});
export type Category = z.infer<typeof categorySchema>;

export const technologySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/),
  name: z.string(),
  /** Lowercase spellings that name it in a report (the id itself counts too, unless `common_word`). */
  aliases: z.array(z.string()).default([]),
  /**
   * The id is an everyday word ("go through the gateway", "a retry storm", "the bank vault"): on its own it names
   * nothing. Only the aliases count, and the id followed by a version number ("Go 1.21").
   */
  common_word: z.boolean().optional(),
});
export type Technology = z.infer<typeof technologySchema>;

export function parseCategories(yamlText: string): Category[] {
  const list = z.array(categorySchema).parse(parseYamlSafe(yamlText));
  const ids = new Set(list.map((c) => c.id));
  for (const c of list) {
    for (const r of c.related) if (!ids.has(r)) throw new Error(`category ${c.id}: related id "${r}" is not a category`);
    for (const y of c.yields_to) if (!ids.has(y)) throw new Error(`category ${c.id}: yields_to id "${y}" is not a category`);
  }
  return list;
}

export function parseTechnologies(yamlText: string): Technology[] {
  return z.array(technologySchema).parse(parseYamlSafe(yamlText));
}
