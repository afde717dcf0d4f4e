/**
 * YAML parsing for untrusted input: no aliases (a 342-byte alias bomb crashes any later JSON.stringify),
 * no merge keys, no custom tags, bounded depth. Errors carry the 1-based line where the parser stopped.
 */
import { parseDocument, isMap, isSeq, visit } from 'yaml';
import { parseSimpleYaml, UNSUPPORTED } from './yaml-fast.ts';

const MAX_DEPTH = 20;

export class YamlError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.line = line;
  }
}

export function parseYamlSafe(text: string): unknown {
  // the shape ingest writes is read ≈ 100× faster by a narrow parser; anything else goes to `yaml`
  const fast = parseSimpleYaml(text, MAX_DEPTH);
  if (fast !== UNSUPPORTED) return fast;
  const doc = parseDocument(text, { merge: false, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const error = doc.errors[0];
  if (error) throw new YamlError(error.message.split('\n')[0], error.linePos?.[0]?.line ?? lineOf(text, error.pos[0]));
  if ((isMap(doc.contents) || isSeq(doc.contents)) && depthOf(doc.contents) > MAX_DEPTH) {
    throw new YamlError(`YAML nested deeper than ${MAX_DEPTH} levels`, lineOf(text, doc.contents.range?.[0]));
  }
  visit(doc, {
    Alias(_, node) {
      throw new YamlError('YAML aliases (*name) are not allowed', lineOf(text, node.range?.[0]));
    },
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (key === '<<') throw new YamlError('YAML merge keys (<<) are not allowed', lineOf(text, (pair.key as { range?: number[] }).range?.[0]));
    },
  });
  return doc.toJS({ maxAliasCount: 0 });
}

function depthOf(node: unknown, depth = 1): number {
  if (depth > MAX_DEPTH) return depth;
  let max = depth;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      const value = isMap(node) ? (item as { value: unknown }).value : item;
      if (isMap(value) || isSeq(value)) max = Math.max(max, depthOf(value, depth + 1));
    }
  }
  return max;
}

function lineOf(text: string, offset: number | undefined): number | null {
  if (offset === undefined) return null;
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
