/**
 * A report body → safe HTML with line anchors (id="L<source line>") for every block, so each extracted item
 * can link to the line it came from. Untrusted text never becomes markup: raw HTML is shown as text, the
 * tree passes hast-util-sanitize (GitHub's schema: no script, no event handlers, no javascript: URLs), and
 * images become links, so a page never loads anything from another origin.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseBody, type BodyFormat } from './extract/parse.ts';

export interface RenderedBody {
  html: string;
  /** Source lines that have an anchor, ascending. */
  anchors: number[];
}

const schema = {
  ...defaultSchema,
  clobberPrefix: 'report-',
  attributes: { ...defaultSchema.attributes, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataLine'] },
};

export function renderBody(body: string, format: BodyFormat, bodyOffset = 0): RenderedBody {
  if (format === 'text') return finish(textToHast(body, bodyOffset));
  try {
    return finish(markdownToHast(body, bodyOffset));
  } catch (error) {
    // markdown nested thousands of levels deep overflows the tree utilities' recursion: show it as plain text
    if (error instanceof RangeError) return finish(textToHast(body, bodyOffset));
    throw error;
  }
}

function finish(hast: HastRoot): RenderedBody {
  const clean = sanitize(hast, schema) as HastRoot;
  const anchors = new Set<number>();
  eachElement(clean, (node: Element) => {
    const line = Number(node.properties.dataLine);
    delete node.properties.dataLine;
    if (node.tagName === 'a' && node.properties.href) node.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
    if (line > 0 && !anchors.has(line)) {
      anchors.add(line);
      node.properties.id = `L${line}`;
    }
  });
  return { html: toHtml(clean), anchors: [...anchors].sort((a, b) => a - b) };
}

/** The anchor to link to for a source line: the nearest anchored line at or before it. */
export function anchorFor(line: number, anchors: number[]): number | null {
  let best: number | null = null;
  for (const a of anchors) {
    if (a > line) break;
    best = a;
  }
  return best ?? anchors[0] ?? null;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'tr', 'table', 'hr']);

function markdownToHast(body: string, bodyOffset: number): HastRoot {
  const mdast: Root = parseBody(body, 'markdown', bodyOffset);
  // raw HTML is shown as the text it is: a code block where it stood as a block, inline code in a paragraph;
  // images become links (one walk: unist-util-visit cost ≈ 5 % of a 1,000-page build)
  // the same walk collects link and footnote definitions (see toHastOf)
  const definitions: { type: string; identifier?: string }[] = [];
  const walk = (parent: { type: string; children?: unknown[] }) => {
    const children = parent.children as { type: string; value?: string; url?: string; alt?: string; identifier?: string; position?: unknown; children?: unknown[] }[] | undefined;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node.type === 'definition' || node.type === 'footnoteDefinition') definitions.push(node);
      if (node.type === 'html') {
        const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
        children[i] = { type: block ? 'code' : 'inlineCode', value: node.value, position: node.position };
      } else if (node.type === 'image') {
        const label = node.alt || (node.url ?? '').split('/').pop() || 'image';
        children[i] = { type: 'link', url: node.url, children: [{ type: 'text', value: `🖼 ${label}` }] };
      } else walk(node);
    }
  };
  walk(mdast);
  const hast = toHastOf(mdast, definitions);
  eachElement(hast, (node: Element) => {
    if (/^h[1-5]$/.test(node.tagName)) node.tagName = `h${Number(node.tagName[1]) + 1}`;
    if (BLOCKS.has(node.tagName) && node.position) node.properties.dataLine = node.position.start.line;
  });
  return hast;
}

/**
 * mdast-util-to-hast's `toHast`, without its own pass over the tree: `toHast` starts with a unist-util-visit walk
 * that only collects definitions (≈ 20 % of renderBody). markdownToHast's walk has already collected them in the
 * same order (document order, first of an identifier wins), so toHast gets an empty root and a root handler that
 * fills its maps the way that walk would, then converts the real root with the default handler.
 */
function toHastOf(mdast: Root, definitions: readonly { type: string; identifier?: string }[]): HastRoot {
  const root = (state: State) => {
    for (const node of definitions) {
      const id = String(node.identifier).toUpperCase();
      const map: Map<string, unknown> = node.type === 'definition' ? state.definitionById : state.footnoteById;
      if (!map.has(id)) map.set(id, node);
    }
    return defaultHandlers.root(state, mdast);
  };
  // (a root handler returns a root, which the Handler type does not allow: mdast-util-to-hast casts it too)
  return toHast({ type: 'root', children: [] }, { handlers: { root: root as unknown as Handler } }) as HastRoot;
}

/** Plain text keeps its line breaks: paragraphs split on blank lines, each line its own anchored span. */
function textToHast(body: string, bodyOffset: number): HastRoot {
  const children: ElementContent[] = [];
  let lines: ElementContent[] = [];
  const flush = () => {
    if (lines.length) children.push({ type: 'element', tagName: 'p', properties: {}, children: lines });
    lines = [];
  };
  body.split('\n').forEach((text, i) => {
    if (!text.trim()) return flush();
    if (lines.length) lines.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    lines.push({ type: 'element', tagName: 'span', properties: { dataLine: i + 1 + bodyOffset }, children: [{ type: 'text', value: text }] });
  });
  flush();
  return { type: 'root', children };
}

/** Every element of a hast tree, parents before children (a plain walk: faster than unist-util-visit). */
function eachElement(node: HastRoot | ElementContent, fn: (element: Element) => void): void {
  if (node.type === 'element') fn(node);
  if ('children' in node) for (const child of node.children) eachElement(child as ElementContent, fn);
}
