/** npm start — ingest the inbox, build the site, serve it and print its URL. */
import { run } from './lib/run.ts';
import { serveStatic } from './lib/static-server.ts';

const node = process.execPath;
const ingest = await run(node, ['scripts/ingest.ts']);
if (ingest !== 0) console.error('ingest reported failures (above); building the site from what was ingested');
if ((await run(node, ['node_modules/astro/bin/astro.mjs', 'build'])) !== 0) {
  console.error('build failed');
  process.exit(1);
}
const { url } = await serveStatic('dist', Number(process.env.PORT ?? 4321));
console.log(`\nHindsight is at ${url}  (Ctrl+C to stop)`);
