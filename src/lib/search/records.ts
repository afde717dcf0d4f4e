/**
 * Postmortems → the slim search index, shipped as /search-index.txt + /search-records-<k>.txt (files.ts; build
 * time only: the browser never imports this file). Short fields only — fuse and the bigram index scan what ships, and bodies would
 * multiply the download — plus a plain-text excerpt of summary and body whose length shrinks as the corpus
 * grows, so 10,000 reports stay under the 2 MB gzip budget (docs/search.md has the numbers).
 */
import type { Nodes, Root } from 'mdast';
import { parseBody, type BodyFormat } from '../extract/parse.ts';
import { packInvertedIndex, type PackedIndex } from './inverted-index.ts';

/** One postmortem in the index. Short keys: the names repeat 10,000 times in the download. */
export interface SearchRecord {
  /** id (the page is /postmortems/<id>/) */
  i: string;
  /** title */
  t: string;
  /** date 'YYYY-MM-DD' or null */
  d: string | null;
  /** symptoms, causes, fixes */
  s: string[];
  c: string[];
  f: string[];
  /** category ids, technology ids */
  g: string[];
  k: string[];
  /** the rest: summary and the start of the body as plain text, without code blocks, tables and URLs */
  x: string;
}

export interface SearchCategory {
  id: string;
  zh: string;
  en: string;
  keywords: string[];
}

/** Records by position: an array, or the shipped files' store that decodes each record on first access (files.ts). */
export interface RecordList {
  readonly length: number;
  at(i: number): SearchRecord | undefined;
  /** idle work: decodes records not yet needed while hasTime(); true once all are */
  decodeSome?(hasTime: () => boolean): boolean;
}

export interface SearchIndexFile {
  v: 1;
  categories: SearchCategory[];
  /** content/synonyms.yaml */
  synonyms: string[][];
  records: RecordList;
  /** the inverted index over records, prebuilt (absent: the engine builds it from the records) */
  index?: PackedIndex;
}

/** The fields of a postmortem the index reads (a content entry or a synthetic one: any generator works). */
export interface PostmortemInput {
  id: string;
  body?: string;
  data: {
    title: string;
    date: string | null;
    summary?: string;
    symptoms: string[];
    causes: string[];
    fixes: string[];
    categories: string[];
    technologies: string[];
    format?: BodyFormat;
  };
}

export interface CategoryInput {
  id: string;
  name: { zh: string; en: string };
  keywords: { zh: string[]; en: string[] };
}

const MAX_ITEMS = 8;
const MAX_ITEM_CHARS = 200;

/**
 * Characters of summary + body kept per record: 4,000 for a small knowledge base, shrinking to 150 at
 * 10,000 reports (1.5 M characters in all), never below 150.
 */
export function defaultTextChars(count: number): number {
  return Math.max(150, Math.min(4000, Math.floor(1_500_000 / Math.max(1, count))));
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n).replace(/[\uD800-\uDBFF]$/, '') + '…' : s);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** cleaned, distinct (a repeated symptom says nothing more and would ship twice), at most MAX_ITEMS, clipped */
const items = (list: string[]) => [...new Set(list.map(clean).filter(Boolean))].slice(0, MAX_ITEMS).map((s) => clip(s, MAX_ITEM_CHARS));

const SKIP = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'table', 'thematicBreak', 'yaml']);

/** Plain text of a report body: text and inline code, blocks separated by spaces, URLs dropped. */
export function bodyText(body: string, format: BodyFormat = 'markdown'): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
    else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
      out.push(' ');
    }
  };
  walk(parseBody(body, format) as Root);
  return clean(out.join('').replace(/\b(?:https?|ftp):\/\/\S+/g, ' '));
}

export function buildSearchRecord(pm: PostmortemInput, textChars: number): SearchRecord {
  const d = pm.data;
  const summary = clean(d.summary ?? '');
  const rest = textChars > summary.length && pm.body ? bodyText(pm.body, d.format) : '';
  return {
    i: pm.id,
    t: clean(d.title),
    d: d.date,
    s: items(d.symptoms),
    c: items(d.causes),
    f: items(d.fixes),
    g: d.categories,
    k: d.technologies,
    x: clip(clean(`${summary} ${rest}`), textChars),
  };
}

/**
 * The index in memory (records as an array). What ships is this, split into files by packSearchFiles (files.ts):
 * a header + the packed inverted index, and the records a line each.
 */
export function buildSearchIndex(
  postmortems: PostmortemInput[],
  options: { categories: CategoryInput[]; synonyms: string[][]; textChars?: number; packed?: boolean },
): SearchIndexFile & { records: SearchRecord[] } {
  const textChars = options.textChars ?? defaultTextChars(postmortems.length);
  const records = postmortems.map((pm) => buildSearchRecord(pm, textChars));
  return {
    v: 1,
    categories: options.categories.map((c) => ({ id: c.id, zh: c.name.zh, en: c.name.en, keywords: [...c.keywords.zh, ...c.keywords.en] })),
    synonyms: options.synonyms,
    records,
    ...(options.packed === false ? {} : { index: packInvertedIndex(records) }),
  };
}
