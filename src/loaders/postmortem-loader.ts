/**
 * Content loader for content/postmortems: reads each file with the same safe frontmatter parser as ingest,
 * validates it with the shared schema, and stores it without rendering (bodies are rendered by
 * src/lib/render-body.ts). A file that does not validate is reported and left out, so one bad file never
 * breaks the whole site; `npm run check` names the line at fault.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import matter from 'gray-matter';
import { SAFE_MATTER_OPTIONS } from '../lib/extract/frontmatter.ts';
import { postmortemSchemaWith } from '../lib/schema.ts';

export function postmortemLoader(options: { base: string; categoryIds: string[] }): Loader {
  const schema = postmortemSchemaWith(options.categoryIds);
  return {
    name: 'hindsight-postmortems',
    load: async ({ store, logger, parseData, generateDigest, watcher }) => {
      const seen = new Set<string>();
      for (const name of readdirSync(options.base).sort()) {
        if (!name.endsWith('.md') || name.startsWith('.')) continue;
        const path = join(options.base, name);
        if (!statSync(path).isFile()) continue;
        const id = name.slice(0, -3);
        const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
        const digest = generateDigest(raw);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        try {
          const parsed = matter(raw, SAFE_MATTER_OPTIONS);
          const data = schema.parse(parsed.data);
          store.set({ id, data: await parseData({ id, data }), body: parsed.content, filePath: path, digest });
        } catch (error) {
          store.delete(id);
          logger.warn(`${path}: left out of the site: ${(error as Error).message.split('\n')[0]} (run npm run check)`);
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      watcher?.add(options.base);
    },
  };
}
