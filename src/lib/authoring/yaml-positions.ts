/**
 * From a field path (`['timeline', 3, 'at']`) to the line and column of that field in the file, using the
 * `yaml` package's Document ranges and a LineCounter. The frontmatter's first YAML line is line 2 of the file
 * (line 1 is the opening `---`). A path that does not exist points at its nearest existing ancestor.
 */
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface Position {
  /** 1-based line of the file. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface FrontmatterText {
  /** The opening line, e.g. `---` or `---js`. */
  opener: string;
  /** YAML between the delimiters. */
  yaml: string;
  /** File line of the first YAML line. */
  firstLine: number;
  /** False when no closing `---` was found. */
  closed: boolean;
}

/** Splits off the frontmatter the way gray-matter does (a line starting with --- closes it); null if none. */
export function sliceFrontmatter(text: string): FrontmatterText | null {
  const lines = text.split('\n');
  if (!/^---/.test(lines[0])) return null;
  const close = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  const end = close === -1 ? lines.length : close;
  return { opener: lines[0].trimEnd(), yaml: lines.slice(1, end).join('\n'), firstLine: 2, closed: close !== -1 };
}

export interface YamlLocator {
  doc: Document;
  /** Position of the offset-th character of the YAML text. */
  positionOfOffset(offset: number): Position;
  /** Position of the field at `path`, or of its nearest existing ancestor. */
  positionOf(path: FieldPath): Position;
}

export function locateYaml(yaml: string, firstLine = 2): YamlLocator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, merge: false, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const positionOfOffset = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, yaml.length)));
    return { line: line + firstLine - 1, column: col };
  };
  return {
    doc,
    positionOfOffset,
    positionOf: (path) => positionOfOffset(offsetOf(doc, path)),
  };
}

/**
 * Walks the document along the path. The target is the value's start when it is a scalar or a flow
 * collection (`[]`), and the key's start for a block collection, whose value begins on the next line.
 */
function offsetOf(doc: Document, path: FieldPath): number {
  let node = doc.contents as Node | null;
  let keyStart: number | null = null;
  let best = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      keyStart = (pair.key as Node).range?.[0] ?? best;
      node = pair.value as Node | null;
      best = keyStart;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      keyStart = null;
      node = node.items[segment] as Node | null;
      best = node?.range?.[0] ?? best;
    } else {
      return best;
    }
  }
  if (!node?.range) return best;
  if (isCollection(node) && !node.flow && keyStart !== null) return keyStart;
  return node.range[0];
}
