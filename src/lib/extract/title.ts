/** The report's title: the source frontmatter's, else its first heading, else its first line that reads like one. */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

const MAX_TITLE = 120;

export function extractTitle(tree: Root, hint: unknown, fallback: string): string {
  if (typeof hint === 'string' && hint.trim()) return clean(hint);
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const top = headings.find((h) => h.depth === 1) ?? headings[0];
  if (top && toString(top).trim()) return clean(toString(top));
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const line = toString(node).split('\n').map((l) => l.trim()).find((l) => isTitleLike(l));
    if (line) return clean(line);
  }
  return fallback;
}

/** Longer than a label or a vote count, shorter than a sentence of prose, not a link or an image name. */
function isTitleLike(line: string): boolean {
  if ([...line].length < 5 || [...line].length > 80) return false;
  if (/^(https?:|www\.)|\.(png|jpe?g|gif|svg)$/i.test(line)) return false;
  return /[\p{L}]/u.test(line);
}

function clean(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return [...t].length > MAX_TITLE ? [...t].slice(0, MAX_TITLE - 1).join('') + '…' : t;
}
