/**
 * Step 3: body text → mdast, parsed once and shared by every later step. Sätteri (native, ≈0.06 ms per 5 KB
 * report) is the parser; remark-parse + remark-gfm produce the same tree shape and are kept as the reference
 * in tests. Node positions are shifted to source lines, so every step reports lines of the raw input.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { isRoleLabel, roleOfHeading } from './section-roles.ts';

export type BodyFormat = 'markdown' | 'text';

/** Markdown when the file says so or the text uses block markup (ATX headings, fences, tables). */
export function detectFormat(path: string, body: string): BodyFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  const markup = /^(#{1,6}[ \t]\S|```|~~~|\|.*\|[ \t]*$)/m;
  return markup.test(body) ? 'markdown' : 'text';
}

/**
 * Plain text is parsed as markdown after removing leading indentation line by line (an indented line would
 * otherwise become a code block), and a rule of dashes or equals signs under two lines or more is a blank line:
 * a text report's table or log closed by a rule would otherwise become one long heading (markdown's setext
 * heading). A rule under one line ("Responder notes\n-----") still heads what follows. Line numbers are untouched.
 */
export function prepareText(body: string, format: BodyFormat): string {
  if (format === 'markdown') return body;
  const text = markLabelLines(markOutlineLabels(body).replace(/^[ \t\u3000]+/gm, ''));
  if (!SETEXT_RULE.test(text)) return text;
  const lines = text.split('\n');
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    if (run >= 2 && RULE_LINE.test(lines[i])) lines[i] = '';
    run = lines[i].trim() ? run + 1 : 0;
  }
  return lines.join('\n');
}
const RULE_LINE = /^(?:-{3,}|={3,})[ \t]*$/;
const SETEXT_RULE = new RegExp(RULE_LINE.source, 'm');

/**
 * A label line alone in plain text ("故障原因：", "Root cause:") heads what follows it, but inside a block markdown
 * reads it as one more line of the paragraph or list item above (an email notice: "影响范围：\n  - …\n故障原因：\n
 * 1. …\n处理过程：\n  02:17 …" is one list). Written as a heading it ends that block; it is given back as a paragraph
 * of its own after parsing (`unmarkLabelLines`), which sections.ts reads as a pseudo-heading.
 */
const LABEL_LINE = /^([^\n:：#]{1,24})[:：][ \t]*$/gmu;
const LABEL_MARK = '###### ';
const LABEL_DEPTH = 6;

function markLabelLines(text: string): string {
  return text.replace(LABEL_LINE, (line, label: string) => (isRoleLabel(label.trim()) ? LABEL_MARK + line : line));
}

/**
 * A mind map exported as an indented outline (XMind, MindManager: every line indented by its depth, no blank lines):
 * a branch whose name is a role ("根因", "改进项", "Root cause") heads the lines below it, as a label line does. Its
 * line is marked like one (with the colon a label line ends with), without its indentation, which is dropped after.
 */
function markOutlineLabels(body: string): string {
  const lines = body.split('\n');
  const written = lines.filter((l) => l.trim());
  const indents = written.map(indentOf);
  const isOutline = written.length >= MIN_OUTLINE_LINES && indents.filter((n) => n > 0).length >= written.length / 2 && written.length >= lines.length * 0.9 && new Set(indents).size >= 3;
  if (!isOutline) return body;
  // from the last line up, the indentation of the next written line below each one: a branch has deeper lines under it
  let below = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const label = lines[i].trim();
    if (!label) continue;
    const indent = indentOf(lines[i]);
    if (below > indent && !/[:：]$/.test(label) && roleOfHeading(label)) lines[i] = `${LABEL_MARK}${label}：`;
    below = indent;
  }
  return lines.join('\n');
}
const MIN_OUTLINE_LINES = 10;
const indentOf = (line: string) => line.replace(/\t/g, '    ').match(/^[ \u3000]*/)![0].length;

type Block = { type: string; depth?: number; children?: Block[] };

/** Headings of plain text at LABEL_DEPTH are marked label lines (a real ATX heading makes the text markdown). */
function unmarkLabelLines(node: Block): void {
  for (const child of node.children ?? []) {
    if (child.type === 'heading' && child.depth === LABEL_DEPTH) {
      child.type = 'paragraph';
      delete child.depth;
    } else if (child.children && child.type !== 'paragraph') unmarkLabelLines(child);
  }
}

/** Markdown text → mdast. Sätteri by default; tests pass remark-parse + remark-gfm as the reference. */
export type MarkdownParser = (text: string) => Root;

export const parseWithSatteri: MarkdownParser = (text) => markdownToMdast(text, { features: { gfm: true, frontmatter: false } }) as unknown as Root;

export function parseBody(body: string, format: BodyFormat, lineOffset = 0, parser: MarkdownParser = parseWithSatteri): Root {
  const tree = parser(prepareText(body, format));
  if (format === 'text') unmarkLabelLines(tree as Block);
  if (lineOffset) shiftLines(tree, lineOffset);
  return tree;
}

type Positioned = { position?: { start: { line: number }; end: { line: number } }; children?: Positioned[] };

export function shiftLines(node: Positioned, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  if (node.children) for (const child of node.children) shiftLines(child, by);
}
