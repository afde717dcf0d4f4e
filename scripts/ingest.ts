/**
 * npm run ingest -- [--in DIR|FILE …] [--out DIR]
 * Reads raw reports (never modifying them), writes one postmortem per report, prints a one-line summary,
 * and exits 1 if any report failed. Default: content/inbox → content/postmortems.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/lib/extract/decode.ts';
import { ingestReport } from '../src/lib/ingest.ts';
import { serializePostmortem } from '../src/lib/serialize.ts';
import { loadKnowledge } from './lib/knowledge.ts';
import { writeIfChanged } from './lib/fs-atomic.ts';

const { values } = parseArgs({
  options: { in: { type: 'string', multiple: true }, out: { type: 'string' } },
});
const inputs = values.in?.length ? values.in : ['content/inbox'];
const outDir = values.out ?? 'content/postmortems';

const REPORT = /\.(md|markdown|txt)$/i;
function listReports(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => REPORT.test(f) && !f.startsWith('.')).sort().map((f) => join(path, f));
}

const knowledge = loadKnowledge();
const counts = { read: 0, written: 0, unchanged: 0, failed: 0 };
for (const file of inputs.flatMap(listReports)) {
  counts.read++;
  try {
    const decoded = decodeBytes(readFileSync(file));
    const result = ingestReport({ text: decoded.text, sourcePath: relative(process.cwd(), file), encoding: decoded.encoding }, knowledge);
    const written = writeIfChanged(join(outDir, `${result.id}.md`), serializePostmortem(result.data, result.body));
    counts[written ? 'written' : 'unchanged']++;
  } catch (error) {
    counts.failed++;
    const line = (error as { line?: number | null }).line;
    console.error(`${file}${line ? `:${line}` : ''}: ${(error as Error).message}`);
  }
}
console.log(`ingest: ${counts.read} read, ${counts.written} written, ${counts.unchanged} unchanged, ${counts.failed} failed → ${outDir}`);
if (counts.failed) process.exitCode = 1;
