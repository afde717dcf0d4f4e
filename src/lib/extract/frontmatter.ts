/**
 * Step 2: split a frontmatter the source already has from its body. gray-matter with every code engine
 * refused (it would eval `---js`), YAML parsed by parseYamlSafe, and always an options object (without one
 * gray-matter caches by content).
 */
import matter from 'gray-matter';
import { parseYamlSafe, YamlError } from '../yaml-safe.ts';

export class FrontmatterError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.line = line;
  }
}

export interface SplitSource {
  /** The source's own frontmatter fields (empty when it has none). */
  data: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  /** Source lines before the body: body line N is source line N + bodyOffset. */
  bodyOffset: number;
}

const refuse = (lang: string) => () => {
  throw new FrontmatterError(`${lang} frontmatter is never executed; use YAML`, 1);
};

export const SAFE_MATTER_OPTIONS = {
  engines: {
    yaml: (text: string) => (parseYamlSafe(text) ?? {}) as object,
    js: refuse('JavaScript'),
    javascript: refuse('JavaScript'),
    coffee: refuse('CoffeeScript'),
    json: (text: string) => JSON.parse(text) as object,
  },
};

export function splitFrontmatter(text: string): SplitSource {
  if (!/^---[a-z]*[ \t]*\n/.test(text)) return { data: {}, body: text, bodyOffset: 0 };
  let parsed;
  try {
    parsed = matter(text, SAFE_MATTER_OPTIONS);
  } catch (error) {
    if (error instanceof FrontmatterError) throw error;
    // gray-matter hands the YAML over with the newline after the opening --- still in front, so a line
    // of the YAML text is already a line of the file
    const line = error instanceof YamlError && error.line !== null ? error.line : 1;
    throw new FrontmatterError(`malformed frontmatter: ${(error as Error).message}`, line);
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new FrontmatterError('frontmatter is not a mapping of fields', 2);
  const body = parsed.content;
  const bodyOffset = countLines(text.slice(0, text.length - body.length)) - 1;
  return { data: data as Record<string, unknown>, body, bodyOffset };
}

function countLines(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
