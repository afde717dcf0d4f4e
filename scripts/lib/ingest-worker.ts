/**
 * Worker thread of scripts/ingest.ts: one raw report per message → read (size-capped), decode, extract and
 * validate against the site's schema (ingestReport does both, with the known category ids), serialize, write
 * atomically if the bytes changed. (Re-reading the YAML we wrote cost 6 ms per report; the YAML round trip is
 * covered by tests instead: tests/scripts/ingest.test.ts.)
 * Replies with what happened; never throws past the message handler.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { decodeBytes } from '../../src/lib/extract/decode.ts';
import { ingestReport } from '../../src/lib/ingest.ts';
import { serializePostmortem } from '../../src/lib/serialize.ts';
import { inputHash, stampOutput } from './generated.ts';
import { writeAtomic, writeIfChanged } from './fs-atomic.ts';
import { loadKnowledge } from './knowledge.ts';

export interface IngestTask {
  path: string;
  sourcePath: string;
  id: string;
  outPath: string;
  maxBytes: number;
  /** No output existed when the run started: write it without first reading it back to compare. */
  fresh?: boolean;
}

export type IngestReply =
  | { ok: true; written: boolean; warnings: string[] }
  | { ok: false; error: string; line: number | null };

const { contentDir, version } = workerData as { contentDir: string; version: string };
const knowledge = loadKnowledge(contentDir);

function ingestFile(task: IngestTask): IngestReply {
  try {
    const bytes = readCapped(task.path, task.maxBytes);
    const decoded = decodeBytes(bytes);
    // validated there against the site's schema with the known category ids: never a file the site would refuse
    const result = ingestReport({ text: decoded.text, sourcePath: task.sourcePath, encoding: decoded.encoding }, knowledge);
    // the stamp is three strings of our own, the shape the schema's `generated` requires
    const data = { ...result.data, generated: { input_sha256: inputHash(bytes, version, task.sourcePath), output_sha256: '', encoding: decoded.encoding } };
    const text = stampOutput(serializePostmortem(data, result.body));
    if (task.fresh) writeAtomic(task.outPath, text);
    return { ok: true, written: task.fresh ? true : writeIfChanged(task.outPath, text), warnings: data.warnings };
  } catch (error) {
    return { ok: false, error: describe(error), line: lineOf(error) };
  }
}

/** Reads at most maxBytes (the size is checked on the open file, so a file growing meanwhile cannot slip by). */
function readCapped(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new Error(`too large: ${mb(size)} (the limit is ${mb(maxBytes)}; see --max-bytes)`);
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'nested too deeply to process (call stack exceeded)';
  const issues = (error as { issues?: { path: unknown[]; message: string }[] }).issues;
  if (issues?.length) return `extraction produced an invalid postmortem: ${issues[0].path.join('.')}: ${issues[0].message}`;
  const code = (error as { code?: string }).code;
  if (code === 'EISDIR') return 'unreadable: is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ENOENT') return 'unreadable: no longer exists';
  return error.message.split('\n')[0];
}

function lineOf(error: unknown): number | null {
  const line = (error as { line?: unknown } | null)?.line;
  return typeof line === 'number' && line > 0 ? line : null;
}

parentPort?.on('message', (task: IngestTask) => parentPort!.postMessage(ingestFile(task)));
parentPort?.postMessage('ready');
