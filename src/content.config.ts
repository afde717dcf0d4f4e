import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { postmortemLoader } from './loaders/postmortem-loader.ts';
import { postmortemSchema } from './lib/schema.ts';
import { categorySchema, parseCategories, parseTechnologies, technologySchema } from './lib/taxonomy.ts';

/** HINDSIGHT_CONTENT points the site at another content folder (tests, benchmarks). */
const CONTENT = process.env.HINDSIGHT_CONTENT ?? 'content';
const categoryIds = parseCategories(readFileSync(`${CONTENT}/categories.yaml`, 'utf8')).map((c) => c.id);

export const collections = {
  postmortems: defineCollection({
    loader: postmortemLoader({ base: `${CONTENT}/postmortems`, categoryIds }),
    schema: postmortemSchema,
  }),
  categories: defineCollection({
    loader: file(`${CONTENT}/categories.yaml`, { parser: (text) => parseCategories(text) }),
    schema: categorySchema,
  }),
  technologies: defineCollection({
    loader: file(`${CONTENT}/technologies.yaml`, { parser: (text) => parseTechnologies(text) }),
    schema: technologySchema,
  }),
};
