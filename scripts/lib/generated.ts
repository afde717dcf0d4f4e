/**
 * The `generated` stamp ingest writes into every postmortem, and the checks a re-run makes with it.
 *
 * - input_sha256: sha256 of `hindsight-ingest <extractor version>\n<source path>\n` followed by the raw input
 *   bytes. Same input at the same path and same extractor (src/lib code + content/*.yaml, see
 *   extractorVersion) → the re-run skips it without parsing.
 * - output_sha256: sha256 of the file exactly as written, except that this one value is the empty string.
 *   A file whose bytes no longer give its recorded hash was edited by a person: ingest keeps it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The cache key of one input: extractor version, the source path it records, then the raw bytes. */
export function inputHash(bytes: Uint8Array, extractorVersion: string, sourcePath: string): string {
  return createHash('sha256').update(`hindsight-ingest ${extractorVersion}\n${sourcePath}\n`).update(bytes).digest('hex');
}

const BLANK = '  output_sha256: ""\n';
const STAMPED = /^ {2}output_sha256: "([0-9a-f]{64})"\n/m;

/**
 * Fills in output_sha256 of a serialized postmortem whose generated.output_sha256 is "" (the serializer
 * writes `generated:` last in the frontmatter, each field on its own two-space-indented line).
 */
export function stampOutput(text: string): string {
  const end = frontmatterEnd(text);
  const start = generatedStart(text);
  const at = start < 0 ? -1 : text.indexOf(BLANK, start);
  if (at < 0 || at > end) throw new Error('internal: serialized postmortem has no blank generated.output_sha256');
  return `${text.slice(0, at)}  output_sha256: "${sha256(text)}"\n${text.slice(at + BLANK.length)}`;
}

export interface ExistingOutput {
  /** generated.input_sha256, when the file has a generated stamp. */
  inputSha: string | null;
  /** True when the file's bytes still hash to its recorded output_sha256 (nobody edited it). */
  pristine: boolean;
}

/** Reads the stamp of a postmortem already on disk. A file without a stamp counts as written by a person. */
export function inspectOutput(text: string): ExistingOutput {
  const end = frontmatterEnd(text);
  const start = generatedStart(text);
  if (start < 0 || start > end) return { inputSha: null, pristine: false };
  const stamp = text.slice(start, end + 1);
  const m = STAMPED.exec(stamp);
  if (!m) return { inputSha: null, pristine: false };
  const at = start + m.index;
  const blanked = `${text.slice(0, at)}${BLANK}${text.slice(at + m[0].length)}`;
  const input = /^ {2}input_sha256: "([0-9a-f]{64})"\n/m.exec(stamp);
  return { inputSha: input?.[1] ?? null, pristine: sha256(blanked) === m[1] };
}

/** Offset of the top-level `generated:` key (keys are unquoted and values quoted, so it is unambiguous). */
function generatedStart(text: string): number {
  const at = text.indexOf('\ngenerated:\n');
  return at < 0 ? -1 : at + 1;
}

/** Offset of the closing `---` line of the frontmatter (strings are double-quoted, so it is the first one). */
function frontmatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return -1;
  const end = text.indexOf('\n---\n', 3);
  return end < 0 ? -1 : end;
}

/**
 * A fingerprint of everything that shapes the output: the extraction code (src/lib/**.ts) and the
 * dictionaries (categories.yaml, technologies.yaml). Any change makes every input count as changed.
 */
export function extractorVersion(contentDir: string): string {
  const lib = fileURLToPath(new URL('../../src/lib/', import.meta.url));
  const hash = createHash('sha256');
  // the learned model's weights (extract/fact-model.json) are part of the extractor too
  const files = (readdirSync(lib, { recursive: true }) as string[]).filter((f) => /\.(ts|json)$/.test(f) && !/^(bench|search)[\\/]/.test(f)).sort();
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(lib, f))).update('\0');
  for (const f of ['categories.yaml', 'technologies.yaml']) hash.update(f).update('\0').update(readFileSync(join(contentDir, f))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
