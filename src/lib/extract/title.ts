/**
 * The report's title: the source frontmatter's, else its first heading, else a first line that reads like
 * one — not a vote count or a label such as `背景` (a plain-text report often starts with those), not a
 * sentence of prose — else a title derived from the extracted facts, else the file name.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { roleOfHeading } from './section-roles.ts';
import { clipChars } from './text.ts';
import { memoSubject } from './write-up.ts';

const MAX_TITLE = 120;
const MAX_DERIVED = 60;

export function extractTitle(tree: Root, hint: unknown, fallback: string, derived?: string): string {
  if (typeof hint === 'string' && hint.trim()) return clean(hint);
  // an email or a notice: its subject line, not its "From:" line nor a heading further down
  const subject = memoSubject(leadingLines(tree));
  if (subject) return clean(subject);
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const top = headings.find((h) => h.depth === 1) ?? headings[0];
  if (top && toString(top).trim()) {
    // a weekly report, a status page's history, an export: the incident is the heading inside it that names one
    const inner = CONTAINER.test(toString(top)) ? headings.find((h) => h !== top && isIncidentHeading(toString(h))) : undefined;
    return clean(toString(inner ?? top));
  }
  const line = firstTitleLine(tree);
  if (line) return clean(line);
  if (derived?.trim()) return clean(shorten(derived));
  return fallback;
}

/** A heading that names the document holding the incident, not the incident: a periodic report, a log, an export. */
const CONTAINER = /周报|日报|月报|双周报|简报|值班交接|交接记录|群聊记录|聊天记录|导出|\b(?:weekly|daily|monthly)\b|\bstatus\b.*\bhistory\b|\bincident (?:history|log)\b|\bexport\b|\bchannel conversation\b/iu;
/** A heading that tells an incident: what failed or was slow, not a section label (背景, Timeline). */
const FAILURE = /故障|事故|事件|失败|异常|超时|延迟|中断|宕机|不可用|报错|写满|打满|堆积|积压|\b(?:outage|incident|errors?|failures?|failing|failed|down|degraded|elevated|delayed|unavailab\w*|timeouts?|latency)\b/iu;

function isIncidentHeading(text: string): boolean {
  const t = text.trim();
  return [...t].length >= 8 && !isSectionLabel(t) && FAILURE.test(t);
}

/** A short line that names a section's role (`背景`, `根因：`): a label, not a title. */
function isSectionLabel(line: string): boolean {
  return [...line].length <= 12 && !!roleOfHeading(line.replace(/[:：]$/, ''));
}

/** The lines of the paragraphs before the first heading (a header is a few lines: only the first paragraphs are read). */
function leadingLines(tree: Root): string[] {
  const lines: string[] = [];
  for (const node of tree.children.slice(0, LEADING_BLOCKS)) {
    if (node.type !== 'paragraph') break;
    lines.push(...toString(node).split('\n').map((line) => line.trim()).filter(Boolean));
  }
  return lines;
}

const LEADING_BLOCKS = 4;

/** Lines of the leading paragraphs, up to the first section label: what comes after a label is body. */
function firstTitleLine(tree: Root): string | null {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') return null;
    for (const raw of toString(node).split('\n')) {
      const line = raw.trim();
      if (!line || isCountOrNoise(line)) continue;
      if (isSectionLabel(line)) return null;
      if (isTitleLike(line)) return line;
      return null;
    }
  }
  return null;
}

/** `5`, `5.2k 声望334 粉丝`, `👍 12`, an image name or a link. */
function isCountOrNoise(line: string): boolean {
  if (/^[\d\s.,kKwW万+\-👍赞票]*$/u.test(line)) return true;
  return /^(https?:|www\.)|\.(png|jpe?g|gif|svg)$/i.test(line);
}

/** Longer than a label, shorter than prose, without the commas and full stops of a sentence. */
function isTitleLike(line: string): boolean {
  const length = [...line].length;
  if (length < 5 || length > 80) return false;
  if (/[:：,，;；]$/.test(line) || (line.match(/[,，。;；]/g)?.length ?? 0) >= 2) return false;
  return /\p{L}/u.test(line);
}

function shorten(text: string): string {
  return clipChars(text.split(/[。；;]/u)[0], MAX_DERIVED);
}

function clean(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return clipChars(t, MAX_TITLE);
}
