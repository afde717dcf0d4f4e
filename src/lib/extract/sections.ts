/**
 * Step 4: the mdast tree → sections, each with a role told from its heading (section-roles.ts).
 * Headings are markdown headings, and pseudo-headings that real reports use instead: a paragraph that is
 * only bold text, a short line alone that names a role (`背景`, `总结：`), and in plain text a numbered
 * one-line list item followed by prose (`1. 确认问题的真实性?`). A section without a role of its own
 * inherits its parent's; pseudo-headings nest below every markdown heading.
 */
import type { List, Paragraph, Root, RootContent } from 'mdast';
import type { BodyFormat } from './parse.ts';
import { roleOfHeading, type SectionRole } from './section-roles.ts';
import { inlineText, startLine, stripNumbering, visibleLength } from './text.ts';

export type { SectionRole } from './section-roles.ts';
export type HeadingKind = 'none' | 'markdown' | 'bold' | 'line' | 'numbered';

export interface Section {
  /** Heading text as written ('' for the part before the first heading). */
  heading: string;
  headingKind: HeadingKind;
  /** Source line of the heading, or of the first node when there is none. */
  line: number;
  /** 1–6 for markdown headings, 7 for pseudo-headings, 0 for the preamble. */
  depth: number;
  /** Role named by this section's own heading. */
  ownRole: SectionRole | null;
  /** Own role, else the nearest enclosing section's. */
  role: SectionRole | null;
  /** Block nodes of the section, up to the next heading. */
  nodes: RootContent[];
}

const PSEUDO_DEPTH = 7;
const MAX_PSEUDO = 40;

export function splitSections(tree: Root, format: BodyFormat = 'markdown'): Section[] {
  const sections: Section[] = [];
  const stack: Section[] = [];
  let current: Section = { heading: '', headingKind: 'none', line: startLine(tree.children[0] ?? {}), depth: 0, ownRole: null, role: null, nodes: [] };
  sections.push(current);
  // footnotes sit at the end, under whatever section comes last ("Thanks"), but belong where they are cited:
  // they get a section of their own, without a role
  let notes: Section | null = null;
  tree.children.forEach((node, i) => {
    if (node.type === 'footnoteDefinition') {
      if (!notes) notes = { heading: '', headingKind: 'none', line: startLine(node), depth: 0, ownRole: null, role: null, nodes: [] };
      notes.nodes.push(node);
      return;
    }
    const found = readHeading(node, tree.children[i + 1], format);
    if (!found) {
      current.nodes.push(node);
      return;
    }
    while (stack.length && stack[stack.length - 1].depth >= found.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const ownRole = roleOfHeading(stripNumbering(found.text));
    current = { heading: found.text, headingKind: found.kind, line: startLine(node), depth: found.depth, ownRole, role: ownRole ?? parent?.role ?? null, nodes: [] };
    sections.push(current);
    stack.push(current);
  });
  if (notes) sections.push(notes);
  return sections.filter((s) => s.headingKind !== 'none' || s.nodes.length);
}

interface FoundHeading { text: string; kind: HeadingKind; depth: number }

function readHeading(node: RootContent, next: RootContent | undefined, format: BodyFormat): FoundHeading | null {
  if (node.type === 'heading') return { text: inlineText(node).trim(), kind: 'markdown', depth: node.depth };
  if (node.type === 'paragraph') return readParagraphHeading(node, format);
  if (node.type === 'list' && format === 'text') return readNumberedHeading(node, next);
  return null;
}

/** `**Root cause**` alone, or a short line alone that names a role (`背景`, `总结：`, `Impact:`). */
function readParagraphHeading(node: Paragraph, format: BodyFormat): FoundHeading | null {
  const text = inlineText(node).trim();
  if (!text || text.includes('\n') || visibleLength(text) > MAX_PSEUDO) return null;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && !c.value.replace(/[\s:：]/g, '')));
  if (meaningful.length === 1 && meaningful[0].type === 'strong') return { text: text.replace(/[:：]$/, ''), kind: 'bold', depth: PSEUDO_DEPTH };
  const label = text.replace(/[:：]$/, '').trim();
  const endsLikeLabel = /[:：]$/.test(text) || format === 'text';
  if (endsLikeLabel && visibleLength(label) <= 12 && !/[。.!！?？,，;；]/.test(label) && roleOfHeading(label)) {
    return { text: label, kind: 'line', depth: PSEUDO_DEPTH };
  }
  return null;
}

/** In plain text, `1. 确认问题的真实性?` on its own line, followed by prose, is a step heading. */
function readNumberedHeading(node: List, next: RootContent | undefined): FoundHeading | null {
  if (!node.ordered || node.children.length !== 1 || next?.type !== 'paragraph') return null;
  const item = node.children[0];
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return null;
  const text = inlineText(item.children[0]).trim();
  if (!text || text.includes('\n') || visibleLength(text) > MAX_PSEUDO) return null;
  return { text, kind: 'numbered', depth: PSEUDO_DEPTH };
}
