/**
 * Content loader for content/postmortems: reads each file with the same safe frontmatter parser as ingest,
 * validates it with the shared schema, and stores its data without the body (pages read the body from the
 * file when they render it: src/loaders/postmortem-body.ts, src/lib/render-body.ts). A file that does not
 * validate is reported and left out, so one bad file never breaks the whole site; `npm run check` names the
 * line at fault.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readPostmortemFile, splitBody } from './postmortem-body.ts';
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
        const raw = readPostmortemFile(path);
        const digest = generateDigest(raw);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        try {
          const data = schema.parse(splitBody(raw).data);
          // no body: pages read it from filePath (src/loaders/postmortem-body.ts), which keeps the data store small
          store.set({ id, data: await parseData({ id, data }), filePath: path, digest });
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
