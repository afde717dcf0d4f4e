/**
 * Step 4: the mdast tree → sections, each with a role told from its heading (section-roles.ts).
 * Headings are markdown headings, and pseudo-headings that real reports use instead: a paragraph that is
 * only bold text, a short line alone that names a role (`背景`, `总结：`), and in plain text a numbered
 * one-line list item followed by prose (`1. 确认问题的真实性?`), and a label on the first line of a paragraph
 * (`现象` above the lines that describe it). A section without a role of its own
 * inherits its parent's; pseudo-headings nest below every markdown heading.
 */
import type { List, Paragraph, Root, RootContent, Text } from 'mdast';
import { MONTH_STEMS } from './dates.ts';
import type { BodyFormat } from './parse.ts';
import { isRoleLabel, roleOfHeading, type SectionRole } from './section-roles.ts';
import { isStampOnly } from './status-stamp.ts';
import { hasHan, inlineText, squeeze, startLine, stripNumbering, visibleLength } from './text.ts';

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
const BRACKETED = /^[【〖\[]\s*([^【】〖〗\[\]]{1,20}?)\s*[】〗\]][:：]?$/u;
const APPENDIX = /^(?:附|附录|附件|appendix)\s*[:：]/iu;
const MAX_PSEUDO = 40;
const COMMENT_HEADER = new RegExp(String.raw`^@?[\w.-]+(?:\s+\((?:member|owner|contributor|collaborator|author|maintainer)\))?\s+(?:commented|replied)\s+on\s+(?:\d|(?:${MONTH_STEMS})[a-z]*\.?\s+\d)`, 'i');

const isStampParagraph = (node: RootContent) => node.type === 'paragraph' && isStampOnly(squeeze(inlineText(node)));

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
    // a rule (---) ends what a pseudo-heading ("Follow-up work:", **Impact**) heads: the status updates below it
    // are not follow-ups; the markdown heading above goes on
    // …and so does a status page's stamp ("Posted Mar 14, 2024 - 19:05 UTC"), after the update it dates: the updates
    // posted before it, below, are not follow-ups either
    // …and so does a rule drawn as text ("————————————————" above a transcript: no markdown reads it as one)
    const stamp = current.depth === PSEUDO_DEPTH && isStampParagraph(node);
    const drawnRule = current.depth === PSEUDO_DEPTH && opensWithDrawnRule(node);
    if (stamp || drawnRule || (node.type === 'thematicBreak' && current.depth === PSEUDO_DEPTH)) {
      if (stamp) current.nodes.push(node);
      while (stack.length && stack[stack.length - 1].depth === PSEUDO_DEPTH) stack.pop();
      const parent = stack[stack.length - 1];
      current = { heading: '', headingKind: 'none', line: startLine(node), depth: parent?.depth ?? 0, ownRole: null, role: parent?.role ?? null, nodes: drawnRule ? [node] : [] };
      sections.push(current);
      return;
    }
    // "现象\n下午3点10分…": a label on the first line of a paragraph heads the lines below it
    const labelled = node.type === 'paragraph' ? splitLabelLine(node, format) : null;
    const found = labelled?.heading ?? readHeading(node, tree.children[i + 1], format);
    if (!found) {
      current.nodes.push(node);
      return;
    }
    while (stack.length && stack[stack.length - 1].depth >= found.depth) stack.pop();
    const parent = stack[stack.length - 1];
    // a report's first line or top heading is its title ("订单库故障复盘", "# 主库故障切换后从库复制中断"): it names
    // the incident, not a section role, unless it is a role label itself ("# 背景")
    const label = stripNumbering(found.text);
    const isTitle = i === 0 && (found.kind === 'line' || (found.kind === 'markdown' && found.depth === 1)) && !isRoleLabel(label);
    const ownRole = isTitle ? null : roleOfHeading(label);
    current = { heading: found.text, headingKind: found.kind, line: startLine(node), depth: found.depth, ownRole, role: ownRole ?? parent?.role ?? null, nodes: labelled ? [labelled.rest] : [] };
    sections.push(current);
    stack.push(current);
  });
  if (notes) sections.push(notes);
  return sections.filter((s) => s.headingKind !== 'none' || s.nodes.length);
}

/** A line that is only a rule drawn with dashes, box lines or equals signs, eight or more. */
const DRAWN_RULE = /^\s*[—─━═=＝_~\-]{8,}\s*$/u;

/** A paragraph whose first line is a drawn rule. */
function opensWithDrawnRule(node: RootContent): boolean {
  return node.type === 'paragraph' && DRAWN_RULE.test(inlineText(node).split('\n')[0]);
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
  // "附：当时 show processlist 的部分输出", "Appendix: raw logs": what follows is attached material, not the report
  if (APPENDIX.test(text)) return { text: text.split(/[:：]/)[0].trim(), kind: 'line', depth: PSEUDO_DEPTH };
  // "**jdoe** commented on May 6, 2024": a new post of an issue thread, not more of the section the last post ended in
  if (COMMENT_HEADER.test(text) && !text.includes('\n')) return { text, kind: 'line', depth: 1 };
  if (!text || text.includes('\n') || visibleLength(text) > MAX_PSEUDO) return null;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && !c.value.replace(/[\s:：]/g, '')));
  if (meaningful.length === 1 && meaningful[0].type === 'strong') return { text: text.replace(/[:：]$/, ''), kind: 'bold', depth: PSEUDO_DEPTH };
  return readLabel(text, format);
}

/**
 * A short line that names a role: ends with a colon, stands alone in plain text, sits in brackets (`背景`, `总结：`,
 * `Impact:`, `【原因】`), or is a role label exactly.
 */
function readLabel(text: string, format: BodyFormat): FoundHeading | null {
  // 【故障现象】 / 〖原因〗: a label in lenticular brackets stands alone like one followed by a colon
  const bracketed = BRACKETED.exec(text.trim());
  const label = (bracketed ? bracketed[1] : text.replace(/[:：]$/, '')).trim();
  // in markdown, a line alone that is a role label and nothing else ("Background", "What we are changing") is one too
  const endsLikeLabel = !!bracketed || /[:：]$/.test(text) || format === 'text' || isRoleLabel(label);
  if (endsLikeLabel && isShortLabel(label) && !/[。.!！?？,，;；]/.test(label) && roleOfHeading(label)) {
    return { text: label, kind: 'line', depth: PSEUDO_DEPTH };
  }
  return null;
}

/** Twelve characters of Chinese ("问题原因及处理"), or five words of English ("What we're changing"). */
function isShortLabel(label: string): boolean {
  return hasHan(label) ? visibleLength(label) <= 12 : label.length <= 32 && label.split(/\s+/).length <= 5;
}

/**
 * A paragraph whose first line is a label (`现象`, `解决：`, `**Impact:**`) and whose next lines are its content:
 * the label as a heading, the rest as a paragraph of its own starting on the next line.
 */
function splitLabelLine(node: Paragraph, format: BodyFormat): { heading: FoundHeading; rest: Paragraph } | null {
  let label = '';
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    const newline = child.type === 'text' ? child.value.indexOf('\n') : -1;
    if (newline < 0) {
      if (child.type === 'break') return null;
      label += inlineText(child);
      if (visibleLength(label) > MAX_PSEUDO) return null;
      continue;
    }
    const first = (label + (child as Text).value.slice(0, newline)).trim();
    // only a label proper: "现象很奇怪" on the first line is prose that wraps
    const heading = isRoleLabel(stripNumbering(first).replace(/[:：]$/, '')) ? readLabel(first, format) : null;
    const after = (child as Text).value.slice(newline + 1);
    if (!heading || !(after.trim() || i + 1 < node.children.length)) return null;
    const line = startLine(node) + 1;
    const opening: Text = { type: 'text', value: after, position: { start: { line, column: 1 }, end: child.position?.end ?? { line, column: 1 } } };
    const rest: Paragraph = { type: 'paragraph', children: [opening, ...node.children.slice(i + 1)], position: { start: { line, column: 1 }, end: node.position?.end ?? { line, column: 1 } } };
    return { heading, rest };
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
