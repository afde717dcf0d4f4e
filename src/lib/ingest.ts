/**
 * One decoded report → one postmortem, as a pure function, in pipeline order: frontmatter → mdast → sections →
 * timeline → facts → title → classify → status and summary. Decoding happens before (extract/decode.ts) and
 * serializing after (serialize.ts); scripts/ingest.ts does the reading and writing, this only computes.
 */
import type { Nodes, Root } from 'mdast';
import { detectLanguage } from './extract/language.ts';
import { detectFormat, parseBody, type MarkdownParser } from './extract/parse.ts';
import { splitFrontmatter } from './extract/frontmatter.ts';
import { extractTitle } from './extract/title.ts';
import { deriveTitle } from './extract/title-derive.ts';
import { splitSections, type Section } from './extract/sections.ts';
import { extractFacts } from './extract/facts.ts';
import { matchTechnologies } from './extract/technologies.ts';
import { classifyRootCause, type ClassifyInput } from './extract/classify.ts';
import { detectStatus } from './extract/status.ts';
import { summarizeReport } from './extract/summary.ts';
import { extractTimeline } from './extract/timeline.ts';
import { fileStem, toId } from './id.ts';
import { isRealDate, postmortemSchemaWith, type Postmortem } from './schema.ts';
import type { Category, Technology } from './taxonomy.ts';

/** The dictionaries extraction reads, loaded from content/ by the caller. */
export interface Knowledge {
  categories: Category[];
  technologies: Technology[];
}

export interface IngestInput {
  /** Decoded text, LF line endings. */
  text: string;
  /** The source path as it should be recorded, e.g. content/inbox/000_x.txt. */
  sourcePath: string;
  encoding: string;
}

export interface IngestResult {
  id: string;
  data: Postmortem;
  body: string;
}

/** Frontmatter fields of a source that are ours to compute, or that Astro would misuse (slug, id, permalink). */
const NOT_KEPT = new Set(['title', 'date', 'slug', 'id', 'permalink', 'layout']);

/**
 * The first steps, frontmatter → mdast → sections: what every later step reads (and what the learned model's
 * training reads it too, through scripts/lib/own-sets.ts's readOwnSet, so it sees the units ingest sees).
 */
export function parseReport(text: string, sourcePath: string, parser?: MarkdownParser) {
  const split = splitFrontmatter(text);
  const format = detectFormat(sourcePath, split.body);
  const tree = parseBody(split.body, format, split.bodyOffset, parser);
  return { split, format, tree, sections: splitSections(tree, format) };
}

/** parser: the markdown parser (default Sätteri); tests/lib/extract/parser-parity.test.ts passes remark's. */
export function ingestReport(input: IngestInput, knowledge: Knowledge, options: { parser?: MarkdownParser } = {}): IngestResult {
  const { split, format, tree, sections } = parseReport(input.text, input.sourcePath, options.parser);
  const prose = proseText(tree);
  const language = detectLanguage(prose);
  const timeline = extractTimeline(tree, { language, hintDate: dateHint(split.data.date), format, sections });
  const facts = extractFacts(sections, split.body.length);
  const stem = fileStem(input.sourcePath);
  const toClassify = classifyInput(tree, split.data.title, sections, facts);
  const title = toClassify.title || extractTitle(tree, undefined, stem, deriveTitle(facts.items, language));
  const classified = classifyRootCause(toClassify, knowledge.categories);
  const kept = Object.fromEntries(Object.entries(split.data).filter(([k]) => !NOT_KEPT.has(k)));
  const data = siteSchema(knowledge).parse({
    title,
    date: timeline.incidentDate ?? firstDate(prose),
    source: input.sourcePath,
    language,
    status: detectStatus(sections, facts.fixes.length > 0),
    summary: summarizeReport(sections, facts, language),
    symptoms: facts.symptoms,
    causes: facts.causes,
    fixes: facts.fixes,
    action_items: facts.action_items,
    technologies: matchTechnologies(tree, knowledge.technologies),
    categories: classified.categories,
    lines: facts.lines,
    category_evidence: classified.evidence,
    timeline: timeline.events,
    time_to_detect_minutes: timeline.timeToDetect,
    time_to_resolve_minutes: timeline.timeToResolve,
    warnings: timeline.warnings,
    review: 'generated',
    format,
    body_offset: split.bodyOffset,
    source_frontmatter: Object.keys(kept).length ? jsonSafe(kept) : undefined,
  });
  return { id: toId(stem), data, body: split.body };
}

/**
 * The site's schema with the rule that every category is one of the knowledge's ids: the one validation of a
 * postmortem before it is written (the site refuses what it refuses). Built once per category list.
 */
const SITE_SCHEMAS = new WeakMap<Category[], ReturnType<typeof postmortemSchemaWith>>();
function siteSchema(knowledge: Knowledge) {
  let schema = SITE_SCHEMAS.get(knowledge.categories);
  if (!schema) SITE_SCHEMAS.set(knowledge.categories, (schema = postmortemSchemaWith(knowledge.categories.map((c) => c.id))));
  return schema;
}

/**
 * What root-cause classification reads: the report's own title ('' when it has none: a title derived from the facts
 * would count them twice), the sections and the facts' evidence (the category model's training reads it too).
 */
export function classifyInput(tree: Root, frontmatterTitle: unknown, sections: Section[], facts: ReturnType<typeof extractFacts>): ClassifyInput {
  return { title: extractTitle(tree, frontmatterTitle, ''), titleLine: titleLine(sections), sections, facts: facts.evidence };
}

/** Line of the first markdown heading (the usual title), else 1. */
function titleLine(sections: Section[]): number {
  return sections.find((s) => s.headingKind === 'markdown')?.line ?? 1;
}

/** Text outside code blocks: code and logs are evidence, not prose. */
export function proseText(tree: Root): string {
  const parts: string[] = [];
  // iterative, in document order: a list nested thousands deep must not overflow the stack
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'code' || node.type === 'html') continue;
    if ('value' in node && node.type !== 'inlineCode') parts.push(String(node.value));
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return parts.join('\n');
}

function dateHint(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? firstDate(value) : null;
}

function firstDate(text: string): string | null {
  for (const m of text.matchAll(/(\d{4})(?:-|年|\/)(\d{1,2})(?:-|月|\/)(\d{1,2})/g)) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (y >= 1990 && y <= 2100 && isRealDate(y, mo, d)) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** Dates become ISO strings and anything not plain data is dropped, so the value survives YAML and JSON. */
function jsonSafe(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_, v) => (v instanceof Date ? v.toISOString() : v)));
}

