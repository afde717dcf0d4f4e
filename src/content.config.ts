import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { CONTENT_DIR } from './content-dir.ts';
import { postmortemLoader } from './loaders/postmortem-loader.ts';
import { postmortemSchema } from './lib/schema.ts';
import { categorySchema, parseCategories, parseTechnologies, technologySchema } from './lib/taxonomy.ts';

const categoryIds = parseCategories(readFileSync(`${CONTENT_DIR}/categories.yaml`, 'utf8')).map((c) => c.id);

export const collections = {
  postmortems: defineCollection({
    loader: postmortemLoader({ base: `${CONTENT_DIR}/postmortems`, categoryIds }),
    schema: postmortemSchema,
  }),
  categories: defineCollection({
    loader: file(`${CONTENT_DIR}/categories.yaml`, { parser: (text) => parseCategories(text) }),
    schema: categorySchema,
  }),
  technologies: defineCollection({
    loader: file(`${CONTENT_DIR}/technologies.yaml`, { parser: (text) => parseTechnologies(text) }),
    schema: technologySchema,
  }),
};
