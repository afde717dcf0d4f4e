/** Loads the dictionaries of content/ (categories, technologies) for the CLIs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../../src/lib/ingest.ts';
import { parseCategories, parseTechnologies } from '../../src/lib/taxonomy.ts';

export function loadKnowledge(contentDir = 'content'): Knowledge {
  return {
    categories: parseCategories(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')),
    technologies: parseTechnologies(readFileSync(join(contentDir, 'technologies.yaml'), 'utf8')),
  };
}
