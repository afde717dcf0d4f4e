/**
 * Sections → short text units (sentences, list items, table rows, statement headings) with their source
 * lines: the material facts, classification and status read. Code, html, images, quotes (pasted alerts, someone's
 * words; but the timed lines of a pasted chat log count), log lines, URLs and image names are skipped: they are
 * evidence, not statements.
 */
import type { Blockquote, List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import type { Section } from './sections.ts';
import { isRoleLabel, roleOfHeading, type SectionRole } from './section-roles.ts';
import { asciiSentences, isPlainAscii } from './sentences-ascii.ts';
import { isStampOnly } from './status-stamp.ts';
import { OPENS_WITH_CLOCK, isTimedLines, isTimedTranscript, messageHeader } from './transcript.ts';
import { hasHan, inlineText, opensWithTime, squeeze, startLine, stripNumbering, stripTimePrefix, visibleLength } from './text.ts';

export type UnitSource = 'heading' | 'sentence' | 'item' | 'row';

export interface Unit {
  text: string;
  line: number;
  source: UnitSource;
  section: Section;
  /** A later sentence of a list item: elaboration of the item's first sentence, not a statement of its own. */
  detail?: boolean;
  /** The role its list item's bold lead names ("**修复**。…"), which overrides its section's. */
  label?: SectionRole;
  /** It opened with a clock time or date: an entry of a timeline, wherever it stands. */
  timed?: boolean;
  /** The first statement under its heading: what a section says before it goes into detail. */
  opening?: boolean;
}

/** Far more than any report holds; bounds the work on a pathological input (50,000 one-line paragraphs). */
const MAX_UNITS = 3000;

/** Facts, classification, status and summary all read the units of one report: computed once per sections list. */
const CACHE = new WeakMap<Section[], Unit[]>();

export function collectUnits(sections: Section[]): Unit[] {
  const cached = CACHE.get(sections);
  if (cached) return cached;
  const units = readUnits(sections);
  CACHE.set(sections, units);
  return units;
}

function readUnits(sections: Section[]): Unit[] {
  const units: Unit[] = [];
  for (const section of sections) {
    if (units.length >= MAX_UNITS) break;
    let opened = false;
    const add = (text: string, line: number, source: UnitSource, detail = false, label?: SectionRole) => {
      if (units.length >= MAX_UNITS) return;
      // the squeezed text is read twice (cleaned, and looked at for a leading time): squeezed once
      const squeezed = text.length <= MAX_UNIT ? squeeze(text) : null;
      const clean = squeezed === null ? cleanUnit(text) : cleanSqueezed(squeezed);
      // a status page's stamp ("Posted Mar 12, 2024 - 16:58 UTC") dates the update above it and states nothing
      if (!clean || (squeezed !== null && isStampOnly(squeezed))) return;
      // timed lines are timeline entries where nothing else says what they are; a section's own role comes first
      if (label === 'timeline' && section.role) label = undefined;
      const unit: Unit = label ? { text: clean, line, source, section, detail, label } : { text: clean, line, source, section, detail };
      if (source !== 'heading' && opensWithTime(squeezed ?? squeeze(text))) unit.timed = true;
      if (source !== 'heading' && !opened) opened = unit.opening = true;
      units.push(unit);
    };
    if (section.headingKind !== 'none' && !section.ownRole) add(section.heading, section.line, 'heading');
    section.nodes.forEach((node, i) => {
      // "原理简单说一下：" / "The reasons were:" above a list: its items are statements of the role the intro names
      const intro = node.type === 'list' && i > 0 ? introRole(section.nodes[i - 1]) : null;
      if (intro) collectList(node as List, (text, line, source, detail, label) => add(text, line, source, detail, label ?? intro));
      else collectBlock(node, add);
    });
  }
  return withoutSignOff(units);
}

/**
 * A letter's or a notice's sign-off at the end of a report ("Thanks to everyone who jumped in…", "Questions
 * welcome", "以上，如有疑问请联系技术保障部", then a name, a title, a date): it states nothing about the incident, and
 * read as the last section's statements it became action items ("Wei Ling Head of Infrastructure").
 */
function withoutSignOff(units: Unit[]): Unit[] {
  let end = units.length;
  let signed = false;
  for (; end > 0; end--) {
    const unit = units[end - 1];
    if (unit.source !== 'sentence') break;
    if (SIGN_OFF.test(unit.text)) signed = true;
    else if (!isSignatureLine(unit.text)) break;
  }
  return signed ? units.slice(0, end) : units;
}

// a link may come first ("Review doc: https://… Thanks to everyone who jumped in")
const SIGN_OFF = /^(?:[\p{L} ]{0,20}[:：]\s*)?(?:https?:\/\/\S+\s+)?(?:thanks\b|thank you|many thanks|(?:best |kind )?regards\b|cheers\b|questions (?:are )?welcome|feel free to|以上[，,。]|如有疑问|如有问题|有问题(?:请|可以)?(?:直接)?(?:联系|回复|找)|谢谢|感谢|此致)/iu;

/** A name, a job title or a date under a sign-off: short, and no sentence. */
function isSignatureLine(text: string): boolean {
  return visibleLength(text) <= 40 && !/[.。!！?？;；,，:：]/u.test(text) && text.split(/\s+/).length <= 6;
}

type Add = (text: string, line: number, source: UnitSource, detail?: boolean, label?: SectionRole) => void;

function collectBlock(node: RootContent, add: Add): void {
  switch (node.type) {
    case 'paragraph': {
      let text = withoutStackFrames(inlineText(node));
      // "[14:03:12] <pagerbot> FIRING …" line after line: a chat export, one statement per message
      const lines = text.split('\n');
      // "**[10:07] Tom Lindqvist**" above the message: the message says it, its speaker is no part of it
      const header = lines.length > 1 ? messageHeader(lines[0]) : null;
      if (header) text = `${header.time} ${lines.slice(1).join('\n')}`;
      if (lines.length > 1 && isTimedLines(lines)) lines.forEach((line, i) => line.trim() && add(line, startLine(node) + i, 'item', false, 'timeline'));
      else addLabelled(splitSentences(text, startLine(node)), (s, label) => add(s.text, s.line, 'sentence', false, label));
      return;
    }
    case 'list':
      collectList(node, add);
      return;
    case 'table':
      collectTable(node, add);
      return;
    case 'footnoteDefinition':
      for (const child of node.children) collectBlock(child as RootContent, add);
      return;
    case 'blockquote':
      collectChatLog(node, add);
      return;
    default:
      return;
  }
}

/**
 * A paragraph without the frames of a stack trace pasted into it (plain text has no code blocks): the exception
 * line above them says what was seen, the frames say only where. Each frame leaves an empty line, so the lines
 * after it keep their numbers.
 */
function withoutStackFrames(text: string): string {
  if (!text.includes('\n') || !FRAME_AFTER_BREAK.test(text)) return text;
  return text.split('\n').map((line) => (STACK_FRAME.test(line) ? '' : line)).join('\n');
}
const FRAME_AFTER_BREAK = /\n\s*(?:at\s|\.\.\.\s\d|File\s")/;
/** `at org.foo.Bar.baz(Bar.java:12)` (Java), `... 12 more`, `File "app.py", line 88, in handle` (Python). */
const STACK_FRAME = /^\s*(?:at\s+[\w$.<>/-]+\([^()]*\)\s*$|\.\.\.\s\d+\smore\s*$|File\s"[^"]+",\sline\s\d+)/;

/**
 * A role label written as a sentence of its own ("原因总结。", "9. 影响。", "Root cause."): what it heads.
 * Labels end a plain-text report's numbered paragraphs the way headings would.
 */
function sentenceLabel(text: string): SectionRole | null {
  const m = LABEL_SENTENCE.exec(text);
  // a label proper, or a heading noun after one ("原因总结", "后续工作", "处理措施"); not a short sentence ("已恢复。")
  return m && (isRoleLabel(m[1]) || HEADING_NOUN.test(m[1])) ? roleOfHeading(m[1]) : null;
}
const HEADING_NOUN = /^\p{Script=Han}{1,6}(?:总结|分析|说明|情况|经过|措施|工作|计划|概述)$/u;
const LABEL_SENTENCE = /^\s*(?:\d{1,2}\s*[.、]\s*|[一二三四五六七八九十]{1,3}\s*、\s*)?([^\s。.:：]{2,12}|[A-Za-z][A-Za-z ]{2,30})\s*[。.:：]\s*$/u;

/** Sentences of a paragraph; when its first is only a role label, the others are statements of that role. */
function addLabelled<T extends { text: string }>(sentences: T[], add: (s: T, label?: SectionRole) => void): void {
  const label = sentences.length > 1 ? sentenceLabel(sentences[0].text) : null;
  if (label) sentences.slice(1).forEach((s) => add(s, label));
  else sentences.forEach((s) => add(s));
}

/**
 * A quote is evidence (a pasted alert, someone's words), except a transcript of the incident pasted as one
 * (transcript.ts): its lines that open with a time (`[02:45] 老谢：已执行 chronyc makestep`) are statements.
 */
function collectChatLog(quote: Blockquote, add: Add): void {
  if (!isTimedTranscript(quote)) return;
  for (const child of quote.children) {
    if (child.type !== 'paragraph') continue;
    const first = startLine(child);
    inlineText(child).split('\n').forEach((line, i) => {
      if (OPENS_WITH_CLOCK.test(line)) add(line, first + i, 'item');
    });
  }
}

/**
 * The role a paragraph introducing a list names: it ends with a colon and announces causes ("原因如下：", "原理简单说
 * 一下：", "The reasons were:"), what was done ("处理如下：", "We did the following:") or plans ("后续改进如下：").
 */
function introRole(node: RootContent): SectionRole | null {
  if (node.type !== 'paragraph') return null;
  const text = inlineText(node).trim();
  if (!/[:：]$/.test(text) || visibleLength(text) > 60) return null;
  for (const [role, pattern] of INTROS) if (pattern.test(text)) return role;
  return null;
}

const INTROS: [SectionRole, RegExp][] = [
  ['causes', /原因|原理|根因|症结|为什么|\b(?:reasons?|causes?|root causes?|contributing factors|why\b)/iu],
  ['action_items', /改进|后续|待办|预防|\b(?:follow-?ups?|next steps|action items|we will|going forward)\b/iu],
  ['fixes', /(?:处理|解决|修复|措施|止血|恢复)[^:：]{0,12}(?:如下|以下|步骤|过程)|\bwe (?:did|took) the following\b|\b(?:steps|actions) (?:we took|taken)\b|\bto (?:fix|mitigate|recover)\b/iu],
];

/** A list item is one statement (its first paragraph); nested lists give their own items. */
function collectList(list: List, add: Add, depth = 0): void {
  // a list nested thousands deep is not a report: bound the recursion
  if (depth > 64) return;
  for (const item of list.children as ListItem[]) {
    const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
    const text = paragraphs.map((p) => inlineText(p)).join('\n');
    const line = startLine(item);
    const lead = paragraphs.length ? boldLead(paragraphs[0]) : null;
    const label = lead ? roleOfHeading(lead) : null;
    const sentences = splitSentences(text, line);
    // "10. 原因总结。（1）分片键只按租户划分…": a plain first sentence that is only a role label heads its item too
    const plain = !label && !lead ? sentenceLabel(sentences[0]?.text ?? '') : null;
    sentences.forEach((s, i) => {
      if (plain) {
        if (i > 0) add(s.text, s.line, 'item', false, plain);
        return;
      }
      // "4. **找到元凶**。日志里…", "**Fix:** …": a lead that names a role heads its item like a heading (its
      // sentences are statements of that role) and is no statement itself
      if (label) {
        const rest = i === 0 ? afterLead(s.text, lead!) : s.text;
        if (rest) add(rest, s.line, 'item', false, label);
        return;
      }
      // "**Retries without budget.** Four attempts with no backoff …": a bold lead-in is the item's title, and the
      // sentence after it says what the item states
      add(s.text, s.line, 'item', i >= (lead ? 2 : 1));
    });
    for (const child of item.children) if (child.type === 'list') collectList(child, add, depth + 1);
  }
}

/** The text of a bold sentence opening a paragraph (its first child is `strong` and ends a sentence) when more text follows. */
function boldLead(paragraph: Paragraph): string | null {
  const [lead, ...rest] = paragraph.children;
  if (lead?.type !== 'strong' || !rest.length) return null;
  const title = inlineText(lead).trim();
  const after = rest.map((n) => inlineText(n)).join('').trim();
  const isLead = LEAD_END.test(title) ? !!after : /^[.。!！:：]\s*\S/u.test(after);
  return isLead ? title.replace(LEAD_END, '') : null;
}

const LEAD_END = /[.。!！:：]$/u;

/** A sentence without the lead it opens with ("找到元凶。" → "", "Trigger: a network outage" → "a network outage"). */
function afterLead(sentence: string, lead: string): string {
  const at = sentence.indexOf(lead);
  return at < 0 ? sentence : sentence.slice(at + lead.length).replace(/^[\s.。!！:：]+/u, '');
}

const PERSON_COLUMN = /^(?:负责人|处理人|执行人|跟进人|责任人|操作人|值班人|owners?|who|assignee|responsible|on-?call)$/iu;

/**
 * Table rows without the header; cells that hold only a time or a date are dropped, and so are the columns
 * that name people (负责人, Owner): who did it is not what happened.
 */
function collectTable(table: Table, add: Add): void {
  const header = table.children[0]?.children.map((c) => inlineText(c).trim()) ?? [];
  for (const row of table.children.slice(1)) {
    const cells = row.children
      .filter((_, i) => !PERSON_COLUMN.test(header[i] ?? ''))
      .map((c) => inlineText(c).trim())
      .filter((c) => c && /\p{L}{2,}/u.test(stripTimePrefix(c)));
    if (cells.length) add(cells.join(' — '), startLine(row), 'row');
  }
}

export interface Sentence { text: string; line: number }

/**
 * Chinese splits on 。！？；and line breaks (never on spaces); other text has its soft line breaks joined
 * (they are wrapping) and is split by Intl.Segmenter's sentence rules.
 */
export function splitSentences(text: string, firstLine: number): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split('\n');
  if (lines.some(hasHan)) {
    lines.forEach((lineText, i) => {
      // a char loop rather than a look-behind split: this runs for every paragraph of every Chinese report
      let start = 0;
      for (let at = 0; at <= lineText.length; at++) {
        if (at < lineText.length && (!HAN_TERMINATORS.has(lineText.charCodeAt(at)) || inLatinToken(lineText, at))) continue;
        const part = lineText.slice(start, at + 1).trim();
        if (part) out.push({ text: part, line: firstLine + i });
        start = at + 1;
      }
    });
    return out;
  }
  const joined = lines.join(' ');
  // no sentence terminator before the end, no boundary: the segmenter would return the text whole, at a cost
  const whole = joined.trim();
  if (!TERMINATOR.test(whole.replace(CLOSING, ''))) return whole ? [{ text: whole, line: firstLine }] : [];
  // segments are consecutive: each starts where the previous one ended
  let at = 0;
  let pending = '';
  let pendingAt = 0;
  for (const segment of isPlainAscii(joined) ? asciiSentences(joined) : Array.from(SENTENCES.segment(joined), (s) => s.segment)) {
    if (!pending) pendingAt = at;
    pending += segment;
    at += segment.length;
    // a "sentence" that ends with no space before the next one was cut inside a token (`?v=`, `a!b`): no boundary
    if (at < joined.length && !/\s$/.test(segment)) continue;
    if (pending.trim()) out.push({ text: pending.trim(), line: firstLine + lineOf(lines, pendingAt) });
    pending = '';
  }
  if (pending.trim()) out.push({ text: pending.trim(), line: firstLine + lineOf(lines, pendingAt) });
  return out;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** An ASCII ?, ! or ; inside a Latin token (`?v=`, `a;b`) ends no sentence, Chinese text around it or not. */
function inLatinToken(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code > 127) return false;
  const next = text.charCodeAt(at + 1);
  return (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 61 || next === 38 || next === 47;
}
/** 。！？；!?; end a Chinese sentence. */
const HAN_TERMINATORS = new Set([...'。！？；!?;'].map((c) => c.charCodeAt(0)));
/** What may close the last sentence: its terminators, closing quotes and brackets. */
const CLOSING = /[.!?"'”’)\]]+$/u;
/** The sentence terminators of Unicode's sentence rules (UAX #29 ATerm and STerm) that occur in reports. */
const TERMINATOR = /[.!?\u2024\uFE52\uFF0E\u203C\u2047-\u2049\u061F\u06D4\u3002\uFF01\uFF1F\u0589\u0964\u0965\uFE56\uFE57]/;

function lineOf(lines: string[], offset: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    seen += lines[i].length + 1;
    if (offset < seen) return i;
  }
  return lines.length - 1;
}

const MAX_UNIT = 1000;
/** "答：1236，大意是…", "A: the new primary had…": the mark of an answer in a transcript is not part of what it says. */
const ANSWER_LEAD = /^(?:答|回答)\s*[:：]\s*|^A:\s+/u;
/** "<pagerbot> FIRING …": the speaker of a chat message, as IRC and Slack exports write it. */
const CHAT_SPEAKER = /^<[^<>\s]{1,32}>\s*/u;

/** Trimmed unit text, or '' when it is not a statement (log line, URL, image name, a bare time or label). */
export function cleanUnit(raw: string): string {
  // a "sentence" of thousands of characters is not a statement: bound the work on pathological input
  return cleanSqueezed(squeeze(raw.slice(0, MAX_UNIT)));
}

/** `cleanUnit` of a text already squeezed (and at most MAX_UNIT long). */
function cleanSqueezed(squeezed: string): string {
  let text = stripTimePrefix(stripNumbering(squeezed)).replace(ANSWER_LEAD, '').replace(CHAT_SPEAKER, '');
  if (text.startsWith('**')) text = text.replace(/^\*\*([^*]+)\*\*\s*/, '$1 ').trim();
  if (visibleLength(text) < 4 || !/\p{L}{2,}/u.test(text)) return '';
  if (/^(https?:\/\/|www\.)\S+$/i.test(text) || /^\S+\.(png|jpe?g|gif|svg|webp)$/i.test(text)) return '';
  if (isLogLine(text)) return '';
  return text;
}

/** `[W 181011 14:18:24 conn:625] …`, `2019-01-29 23:59:24 [main] ERROR …`, `at org.foo.Bar(Bar.java:12)`, `Id: 1 User: x Host: y`. */
function isLogLine(text: string): boolean {
  return (
    /^\[?[TDIWEF] \d{6} \d{2}:\d{2}/.test(text) ||
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}.*\b(ERROR|WARN|INFO|DEBUG)\b/.test(text) ||
    /^at [\w$.]+\(/.test(text) ||
    /^(Caused by|Exception in thread)\b/.test(text) ||
    // a record dump ("Id: 88213 User: app_order Host: 10.2.3.14 Time: 1208 …"): three fields or more
    /^(?:[A-Za-z_][\w-]*:\s*\S+\s+){3,}/.test(text)
  );
}

export { visibleLength };
