/**
 * npm run ingest -- [--in DIR|FILE …] [--out DIR] [--force] [--jobs N] [--max-bytes N] [--timeout-ms N] [--verbose]
 * Raw reports → one postmortem each. Default: content/inbox → content/postmortems.
 *
 * Rules (issue #7): input files are only ever read; every write is atomic and only when the bytes change;
 * a file whose input and extractor are unchanged is skipped without parsing; a postmortem a person edited
 * (its bytes no longer match the output_sha256 ingest recorded, or it has no stamp) is kept unless --force;
 * each report is extracted in a worker thread with a memory limit and a time budget, so one hostile file fails
 * alone. Problems are printed as `file[:line]: message`; exit code 1 when any report failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assignIds, isSafeId } from '../src/lib/id.ts';
import { extractorVersion, inputHash, inspectOutput } from './lib/generated.ts';
import { listInputs } from './lib/ingest-files.ts';
import type { IngestReply, IngestTask } from './lib/ingest-worker.ts';
import { createProgress } from './lib/progress.ts';
import { createPool } from './lib/worker-pool.ts';

// every worker loads ~100 modules (TypeScript stripped, then compiled): Node's compile cache, kept in the system
// temp folder, spares that work on every run after the first. The workers read the folder from the environment.
const compileCache = enableCompileCache();
if (compileCache.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;

const { values } = parseArgs({
  options: {
    in: { type: 'string', multiple: true },
    out: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    'max-bytes': { type: 'string' },
    'timeout-ms': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const inputs = values.in?.length ? values.in : ['content/inbox'];
const outDir = resolve(values.out ?? 'content/postmortems');
const contentDir = values.content ?? 'content';
const maxBytes = Number(values['max-bytes'] ?? 2 * 1024 * 1024);
const timeoutMs = Number(values['timeout-ms'] ?? 10_000);
const started = performance.now();
const counts = { read: 0, written: 0, unchanged: 0, kept: 0, failed: 0, warnings: 0 };

const fail = (path: string, message: string, line: number | null = null) => {
  counts.failed++;
  console.error(`${path}${line ? `:${line}` : ''}: ${message}`);
};

try {
  // 1. what to read, and under which id (distinct, deterministic, never a path)
  const { files, problems } = listInputs(inputs);
  for (const p of problems) {
    if (p.kind === 'failure') fail(p.path, p.message);
    else {
      counts.warnings++;
      console.error(`${p.path}: ${p.message}`);
    }
  }
  const ids = assignIds(files.map((f) => f.sourcePath));
  // HINDSIGHT_EXTRACTOR_VERSION pins the version (tests in a tree where others edit src/lib meanwhile)
  const version = process.env.HINDSIGHT_EXTRACTOR_VERSION ?? extractorVersion(contentDir);

  // 2. skip what is unchanged, keep what a person edited, queue the rest
  const tasks: (IngestTask & { shown: string })[] = [];
  const present = listNames(outDir);
  for (const file of files) {
    counts.read++;
    const id = ids.get(file.sourcePath)!;
    const outPath = join(outDir, `${id}.md`);
    if (!isSafeId(id) || dirname(outPath) !== outDir) throw new Error(`internal: unsafe id "${id}" for ${file.path}`);
    if (file.size > maxBytes) {
      fail(file.path, `too large: ${(file.size / 1048576).toFixed(1)} MB (the limit is ${(maxBytes / 1048576).toFixed(1)} MB; see --max-bytes)`);
      continue;
    }
    // a cold run has no outputs: one listing instead of a failed open per report
    const existing = !present || present.has(`${id}.md`) ? readIfExists(outPath) : null;
    if (existing !== null && !values.force) {
      const state = inspectOutput(existing);
      if (!state.pristine) {
        counts.kept++;
        console.error(`${file.path}: kept human edit in ${relativeOut(outPath)} (--force regenerates it)`);
        continue;
      }
      try {
        if (state.inputSha === inputHash(readFileSync(file.path), version, file.sourcePath)) {
          counts.unchanged++;
          continue;
        }
      } catch {
        // unreadable now: the worker reports why
      }
    }
    tasks.push({ path: file.path, sourcePath: file.sourcePath, id, outPath, maxBytes, fresh: existing === null, shown: file.path });
  }

  // 3. extract in worker threads, each report with its own time and memory budget
  if (tasks.length) {
    const size = Math.max(1, Math.min(Number(values.jobs ?? availableParallelism()), tasks.length, 8));
    const pool = createPool({
      script: new URL('./lib/ingest-worker.ts', import.meta.url),
      size,
      timeoutMs,
      // the next reports wait in the worker's queue: it never idles while this thread is slow to answer
      depth: 4,
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
      workerData: { contentDir, version },
    });
    const progress = createProgress('ingest', tasks.length);
    await Promise.all(tasks.map(async ({ shown, ...task }) => {
      try {
        const reply = await pool.run<IngestReply>(task);
        if (!reply.ok) return fail(shown, reply.error, reply.line);
        counts[reply.written ? 'written' : 'unchanged']++;
        counts.warnings += reply.warnings.length;
        if (values.verbose) for (const w of reply.warnings) console.error(`${shown}: warning: ${w}`);
      } catch (error) {
        fail(shown, (error as Error).message);
      } finally {
        progress.tick();
      }
    }));
    progress.done();
    await pool.close();
  }
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exitCode = 2;
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`ingest: ${counts.read} read, ${counts.written} written, ${counts.unchanged} unchanged, ${counts.kept} kept, ${counts.failed} failed, ${counts.warnings} warnings → ${relativeOut(outDir)} (${seconds} s)`);
if (counts.failed && !process.exitCode) process.exitCode = 1;

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Names in a folder, none when it does not exist yet; null when it cannot be listed (then every file is tried). */
function listNames(dir: string): Set<string> | null {
  try {
    return new Set(readdirSync(dir));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : null;
  }
}

function relativeOut(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}
