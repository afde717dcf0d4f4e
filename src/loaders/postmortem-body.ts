/**
 * A postmortem's report body, read from its file when a page needs it. The content layer stores the data only:
 * Astro embeds the whole data store in the build as one string literal, and compiling that module grows faster
 * than its size (half of it was bodies: ≈ 8 s of a 10,000-postmortem build went into compiling it). The body is
 * split off exactly as the loader does (same normalisation, same gray-matter split).
 */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { SAFE_MATTER_OPTIONS } from '../lib/extract/frontmatter.ts';

/** The text after the frontmatter of a postmortem file's raw text (line endings already normalised). */
export function splitBody(raw: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(raw, SAFE_MATTER_OPTIONS);
  return { data: parsed.data, body: parsed.content };
}

/** A postmortem file as the loader reads it: CRLF and CR become LF. */
export const readPostmortemFile = (path: string) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');

/** The body of the postmortem file at `path` (the entry's filePath), without parsing its frontmatter. */
export function readPostmortemBody(path: string): string {
  return matter(readPostmortemFile(path), BODY_ONLY).content;
}

// the frontmatter is skipped, never evaluated: every engine gives an empty object
const BODY_ONLY = { engines: Object.fromEntries(Object.keys(SAFE_MATTER_OPTIONS.engines).map((k) => [k, () => ({})])) };
