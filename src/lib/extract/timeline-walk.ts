/**
 * mdast → statements: the sentences, list items, headings and table rows that may carry a timestamp, each with its
 * source line, in document order. Code, HTML, blockquotes (quoted alerts and messages), images and bare URLs are
 * evidence (a quote that is a timed transcript, a chat log line by line, is read like a list): their dates are collected for year inference but never become statements. Log lines inside prose
 * become 'log' statements, which only move the date context.
 */
import type { Blockquote, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SQL_LINE, findEvidenceDates, isLogLine, type DayStamp } from './date-evidence.ts';
import { MONTH_STEMS_CAPITALISED } from './dates.ts';
import { allMatches } from './regex-all.ts';
import { squeeze } from './text.ts';
import { STAMP_LABEL, isStampOnly } from './status-stamp.ts';
import { isTimedLines, isTimedTranscript, messageHeader } from './transcript.ts';
import { WRITE_UP_DATE, namedYearOf } from './write-up.ts';

export type Origin = 'heading' | 'paragraph' | 'item' | 'row' | 'log';

export interface Statement {
  text: string;
  line: number;
  origin: Origin;
  /** Heading depth (1–6). */
  depth?: number;
  /** Id of the list or table the statement belongs to: one sequence, which may roll over midnight. */
  seq?: number;
  /** Table cells, for rows. */
  cells?: string[];
  /** For 'log' statements: the day the log line was written. */
  logDay?: DayStamp;
}

export interface Walked {
  statements: Statement[];
  evidence: DayStamp[];
}

/**
 * A new chunk of a paragraph starts at a line that opens with a timestamp or a list-like marker (also in a table row
 * written as text, "| 2024-10-02 10:40 | …": wiki markup, a table no markdown parser read), unless the line before
 * stops where no sentence can ("… a spike of sends between\n01:10 and 02:45"): after a comma, a preposition or a
 * conjunction the line is wrapped, not a new entry.
 */
const LINE_CONTINUES = /(?:[,，、]|\b(?:between|at|from|since|until|till|to|and|or|on|by|in|around|about|after|before|of|the|with)|[在于从到至和与及])\s*$/i;
const LINE_STARTS_ENTRY = new RegExp(String.raw`^\s*(?:\|\s*)?(?:[[(（【<]?\s*\d{1,4}[-/:.年月号]|\d{1,2}\s*[点时]|(?:\d+[.、，)]|[-*•])\s|(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|深夜|第二天|次日|隔天)|(?:On|At|Around|By)\s+\d|\d{1,2}\s+(?:${MONTH_STEMS_CAPITALISED})[a-z]*\.?\s+\d{4}\b|(?:${MONTH_STEMS_CAPITALISED})[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b)`);
// an ASCII ! or ? ends a sentence only before a space, the end or a non-ASCII character: "?v=" is a query string
const SENTENCE_END = /[。！？；]+|[!?]+(?![\x21-\x7e])|\.(?=\s+[A-Z"“(\[])/g;

/** A piece that is only a clock time written with a dotted a.m. / p.m. ("10:45 a.m.", "(2 p.m.)"). */
const TIME_WITH_DOTTED_AMPM = /^[\s(\[*-]*\d{1,2}(?::\d{2})?\s*[ap]\.m\.[\s)\]*]*$/i;
/** A piece that ends with one, and a piece that opens with a zone. */
const DOTTED_AMPM_END = /\d\s*[ap]\.m\.\s*$/i;
const ZONE_OPENS = /^\s*(?:Pacific|Eastern|Central|Mountain|UTC|GMT|[A-Z]{1,4}T)\b/;

/** The message header on a paragraph's first line, when lines of the message follow it. */
function headerOf(lines: string[]): { time: string; line: string } | null {
  const header = lines.length > 1 ? messageHeader(lines[0]) : null;
  return header ? { time: header.time, line: squeeze(lines[0]) } : null;
}

/** A paragraph whose first child is plain text broken over lines: a shift log's timed lines are such text. */
function opensWithLineBreak(node: Nodes): boolean {
  const first = 'children' in node ? node.children[0] : undefined;
  return !!first && first.type === 'text' && first.value.includes('\n');
}

/**
 * A transcript's speaker line: a name (a few capitalised words, or two to four Han characters) and where in the
 * recording the turn starts ("Sam Okafor  0:19", "张宇  00:01:02"), alone on its line.
 */
const SPEAKER_OFFSET = /^\s*(?:[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}|\p{Script=Han}{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/u;
/** Speaker lines a transcript has at least. */
const MIN_SPEAKER_LINES = 3;

/**
 * Whether the report is a recording's transcript: three speaker lines or more, their times counting up from the
 * recording's first minute. Those times are offsets into the recording, not clock times; a chat export's
 * "张三 14:05" lines start at whatever time the chat did, and stay events.
 */
function isRecordingTranscript(tree: Root): boolean {
  const offsets: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const raw of toString(node).split('\n')) {
      const m = SPEAKER_OFFSET.exec(raw);
      // h:mm:ss or m:ss, read as seconds into the recording
      if (m) offsets.push(m[3] !== undefined ? (+m[1] * 60 + +m[2]) * 60 + +m[3] : +m[1] * 60 + +m[2]);
    }
  }
  return offsets.length >= MIN_SPEAKER_LINES && offsets[0] < 60 && offsets.every((o, i) => i === 0 || o >= offsets[i - 1]);
}

/** Deeper nesting than any real report has (lists in quotes in lists …): bounds the recursion. */
const MAX_DEPTH = 64;

export function collectStatements(tree: Root): Walked {
  const statements: Statement[] = [];
  const evidence: DayStamp[] = [];
  let seqCount = 0;
  // asked only once a line looks like a speaker's: most reports have none, and are not read twice for it
  let transcript: boolean | undefined;
  const isTranscript = () => (transcript ??= isRecordingTranscript(tree));

  const addEvidence = (value: string | null | undefined) => {
    if (value) evidence.push(...findEvidenceDates(value));
  };

  /** The lines of a quote's paragraphs that date the write-up or name its year, as statements of their own. */
  const pushWriteUpLines = (quote: Blockquote, first: number) => {
    for (const child of quote.children) {
      if (child.type !== 'paragraph') continue;
      const start = child.position?.start.line ?? first;
      for (const [i, raw] of toString(child).split('\n').entries()) {
        // …and the line of a byline or a series that names the year ("> 2023 年线上故障复盘合集 · 第 17 篇")
        if (WRITE_UP_DATE.test(raw) || namedYearOf(raw)) statements.push({ text: squeeze(raw), line: start + i, origin: 'paragraph' });
      }
    }
  };

  /** Inline content → one string and the line where each of its pieces starts, evidence set aside. */
  const flatten = (nodes: PhrasingContent[], first: number): Flat => {
    const parts: string[] = [];
    const starts: { offset: number; line: number }[] = [];
    let length = 0;
    const append = (value: string, line: number) => {
      starts.push({ offset: length, line });
      parts.push(value);
      length += value.length;
    };
    const visit = (node: PhrasingContent, depth = 0) => {
      const line = node.position?.start.line ?? first;
      if (depth > MAX_DEPTH) return;
      switch (node.type) {
        case 'text':
          return append(node.value, line);
        case 'inlineCode':
          if (isLogLine(node.value)) return addEvidence(node.value);
          return append(node.value, line);
        case 'break':
          return append('\n', line);
        case 'image':
          addEvidence(node.url);
          return addEvidence(node.alt);
        case 'imageReference':
          return addEvidence(node.alt);
        case 'html':
          return addEvidence(node.value);
        case 'link': {
          addEvidence(node.url);
          const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
          if (label === node.url || /^(?:https?:|www\.)/.test(label)) return;
          return node.children.forEach((c) => visit(c, depth + 1));
        }
        default:
          if ('children' in node) (node.children as PhrasingContent[]).forEach((c) => visit(c, depth + 1));
      }
    };
    nodes.forEach((c) => visit(c));
    const text = parts.join('');
    return { text, lineAt: lineFinder(text, starts, first) };
  };

  const pushSentences = (nodes: PhrasingContent[], first: number, origin: Origin, seq?: number) => {
    const { text, lineAt } = flatten(nodes, first);
    // a chunk is a run of whole lines of `text`: text.slice(chunkStart, chunkEnd), empty when chunkStart < 0
    let chunkStart = -1;
    let chunkEnd = 0;
    const flush = () => {
      if (chunkStart < 0) return;
      const base = chunkStart;
      const chunk = text.slice(base, chunkEnd);
      chunkStart = -1;
      if (!chunk) return;
      for (const piece of splitSentences(chunk)) {
        const clean = squeeze(piece.text);
        if (clean) statements.push({ text: clean, line: lineAt(base + piece.start), origin, seq });
      }
    };
    let next = 0;
    for (const raw of text.split('\n')) {
      const start = next;
      const end = start + raw.length;
      next = end + 1;
      // a query's dates say which rows it reads, not when anything happened: neither events nor a day for what
      // follows; nor does a transcript's speaker line say when its turn was spoken
      if (SQL_LINE.test(raw) || (SPEAKER_OFFSET.test(raw) && isTranscript())) {
        flush();
        continue;
      }
      if (isLogLine(raw)) {
        flush();
        const days = findEvidenceDates(raw);
        evidence.push(...days);
        if (days.length) statements.push({ text: raw.trim(), line: lineAt(start), origin: 'log', logDay: days[0] });
        continue;
      }
      if (chunkStart >= 0 && chunkEnd > chunkStart && LINE_STARTS_ENTRY.test(raw) && !LINE_CONTINUES.test(text.slice(chunkStart, chunkEnd))) flush();
      if (chunkStart < 0 || chunkEnd === chunkStart) chunkStart = start;
      chunkEnd = end;
    }
    flush();
  };

  // the first statement of the paragraph (outside lists) just walked, while nothing else came after it
  let previous: Statement | undefined;
  const walk = (node: Nodes, seq?: number, depth = 0): void => {
    const line = node.position?.start.line ?? 1;
    if (node.type !== 'paragraph' && node.type !== 'root' && node.type !== 'thematicBreak') previous = undefined;
    // nothing nested this deep is an event: its text is only evidence (and recursion stays shallow)
    if (depth > MAX_DEPTH) return collectEvidence(node, addEvidence);
    switch (node.type) {
      case 'code':
      case 'html':
        for (const [i, raw] of node.value.split('\n').entries()) {
          const day = isLogLine(raw) ? findEvidenceDates(raw)[0] : undefined;
          // a fenced block's content starts one line below its fence
          if (day) statements.push({ text: raw.trim(), line: line + i + (node.type === 'code' ? 1 : 0), origin: 'log', logDay: day });
        }
        return addEvidence(node.value);
      case 'blockquote':
        // a chat log pasted as a quote ("> [02:14] 告警机器人：…") is the timeline itself; other quotes are evidence
        if (isTimedTranscript(node)) {
          const id = ++seqCount;
          return node.children.forEach((child) => walk(child, id, depth + 1));
        }
        // …but a quoted header's "导出时间：2024-06-13 11:40" / "Exported by … on …" says when the write-up was made
        pushWriteUpLines(node, line);
        return collectEvidence(node, addEvidence);
      case 'definition':
        return addEvidence(node.url);
      case 'heading': {
        const { text } = flatten(node.children, line);
        const clean = squeeze(text);
        if (clean) statements.push({ text: clean, line, origin: 'heading', depth: node.depth });
        return;
      }
      case 'paragraph': {
        const from = statements.length;
        // a shift log's lines in one paragraph ("23:52 shards 2,990" / "00:00 daily rollover") are a list: one
        // sequence, which may roll over midnight
        // (its lines are read only when it spans more than one)
        const lines = node.position && node.position.end.line > node.position.start.line ? toString(node).split('\n') : null;
        const ownSeq = seq ?? (lines && opensWithLineBreak(node) && isTimedLines(lines) ? ++seqCount : undefined);
        pushSentences(node.children, line, seq === undefined ? 'paragraph' : 'item', ownSeq);
        const own = statements.slice(from);
        // "**[10:07] Tom Lindqvist**" above the message: the event is what the message says, not who said it
        const header = own.length && lines ? headerOf(lines) : null;
        if (header && own[0].text.startsWith(header.line)) own[0].text = `${header.time} ${own[0].text.slice(header.line.length).trimStart()}`;
        // a status page's update: "**Resolved** - All delayed webhooks have been delivered…" then its stamp on a
        // paragraph of its own, "Mar 6, 2024 - 17:52 UTC": the stamp dates the update above it
        const stamp = seq === undefined && own.length === 1 && !!previous && isStampOnly(own[0].text);
        if (stamp) own[0].text = `${own[0].text.replace(STAMP_LABEL, '')} ${previous!.text}`;
        // a stamp dates one update: a second stamp right below it has none of its own
        previous = seq === undefined && own.length && !stamp ? own[0] : undefined;
        return;
      }
      case 'list': {
        const id = ++seqCount;
        return node.children.forEach((item) => walk(item, id, depth + 1));
      }
      case 'table': {
        const id = ++seqCount;
        // the header row too: it may declare the zone ("Time (UTC)"), or be the first entry of a headerless timeline
        for (const row of node.children) {
          const cells = row.children.map((cell) => squeeze(flatten(cell.children, row.position?.start.line ?? line).text));
          statements.push({ text: cells.join(' | '), cells, line: row.position?.start.line ?? line, origin: 'row', seq: id });
        }
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, seq, depth + 1);
    }
  };
  walk(tree);
  return { statements, evidence };
}

interface Flat {
  text: string;
  lineAt: (offset: number) => number;
}

/**
 * Source line of an offset: the line its piece starts on, plus the newlines inside the piece before it.
 * The newlines of the text are found once, then counted by binary search.
 */
function lineFinder(text: string, starts: { offset: number; line: number }[], first: number): (offset: number) => number {
  let newlines: number[] | undefined;
  const before = (at: number) => {
    let lo = 0;
    let hi = newlines!.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines![mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // offsets are asked for in increasing order: the piece search resumes where the last one stopped
  let piece = -1;
  let last = 0;
  return (offset: number) => {
    if (offset < last) piece = -1;
    last = offset;
    while (piece + 1 < starts.length && starts[piece + 1].offset <= offset) piece++;
    if (piece < 0) return first;
    if (!newlines) {
      newlines = [];
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) newlines.push(nl);
    }
    return starts[piece].line + (newlines.length ? before(offset) - before(starts[piece].offset) : 0);
  };
}

/** Iterative: a quote nested thousands of levels deep (`>>>>…`) must not overflow the stack. */
function collectEvidence(root: Nodes, add: (v: string) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('value' in node && typeof node.value === 'string') add(node.value);
    if ('url' in node && typeof node.url === 'string') add(node.url);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

/** Sentences of a chunk with their start offsets; `。`, `！`, `；`, `? ` and `. Capital` end a sentence. */
export function splitSentences(chunk: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const piece = (end: number) => {
    const text = chunk.slice(start, end);
    out.push({ text, start: start + (text.length - text.trimStart().length) });
  };
  for (const m of allMatches(SENTENCE_END, chunk)) {
    const end = m.index! + m[0].length;
    piece(end);
    start = end;
  }
  if (start < chunk.length) piece(chunk.length);
  return joinDottedAmPm(out);
}

/**
 * The dot of a dotted a.m. / p.m. ends no sentence when only the time comes before it ("**10:45 a.m.** Dana checks
 * …") or a zone after it ("At 10:02 a.m. Pacific their script started").
 */
function joinDottedAmPm(pieces: { text: string; start: number }[]): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && (TIME_WITH_DOTTED_AMPM.test(last.text) || (DOTTED_AMPM_END.test(last.text) && ZONE_OPENS.test(piece.text)))) last.text += piece.text;
    else out.push(piece);
  }
  return out;
}

