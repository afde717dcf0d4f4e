/**
 * Step 7: root-cause categories from content/categories.yaml, with the evidence for each choice.
 * Every keyword hit is weighted by where it occurs — a stated cause counts most, then the title, then symptoms
 * and fixes, then action items and the rest of the prose; hedged sentences (可能, 怀疑, possibly) count half —
 * and a term counts at most three times. A mention counts nothing when it is denied (不像是内存泄漏, "not a
 * leak"), inside a quoted message, or part of a longer or overlapping term matched at the same place ("clock
 * skew" is not skew; "a bad deploy of" is one deploy, not two). Categories within a share of the best score
 * are kept (at most three, without one that yields to a better one); `unknown` only when nothing reaches the
 * minimum.
 */
import type { CategoryEvidence } from '../schema.ts';
import type { Category } from '../taxonomy.ts';
import type { Fact, FactField } from './facts.ts';
import type { Section, SectionRole } from './sections.ts';
import { isDenied, isInQuotedMessage } from './mention-context.ts';
import { collectUnits, type Unit } from './units.ts';

export interface ClassifyInput {
  /** The report's own title ('' when it has none: a title derived from the facts would count them twice). */
  title: string;
  /** Source line of the title (its heading), 1 when unknown. */
  titleLine?: number;
  sections: Section[];
  facts: Fact[];
}

export interface Classification {
  categories: string[];
  evidence: CategoryEvidence[];
}

const FIELD_WEIGHT: Record<FactField | 'title', number> = { causes: 3, title: 2.5, fixes: 1, symptoms: 1, action_items: 0.5 };
const ROLE_WEIGHT: Partial<Record<SectionRole, number>> = { causes: 2, summary: 1.5, background: 0.3, other: 0.2, action_items: 0.5 };
const PROSE_WEIGHT = 0.75;
const MAX_HITS_PER_TERM = 3;
const MIN_SCORE = 3;
const RELATIVE = 0.3;
const MAX_CATEGORIES = 3;
const MAX_MATCHES = 12;
const HEDGE = /可能|排除|猜测|怀疑|推测|是否|\b(?:maybe|possibly|might|suspect(?:ed|s)?|ruled out|unrelated|not the cause)\b/i;

interface Text { text: string; lower: string; line: number; field: string; weight: number }

export function classifyRootCause(input: ClassifyInput, categories: Category[]): Classification {
  const scored = scoreCategories(input, categories);
  const best = scored[0]?.score ?? 0;
  const candidates = scored.filter((e) => e.score >= MIN_SCORE && e.score >= best * RELATIVE);
  const chosen = withoutExcluded(candidates, categories).slice(0, MAX_CATEGORIES);
  if (!chosen.length) return { categories: ['unknown'], evidence: [] };
  return { categories: chosen.map((e) => e.id), evidence: chosen };
}

/** The candidates (best first) without those that yield to a better-scored candidate (`yields_to`). */
export function withoutExcluded(candidates: CategoryEvidence[], categories: Category[]): CategoryEvidence[] {
  const yieldsTo = new Map(categories.map((c) => [c.id, c.yields_to ?? []]));
  return candidates.filter((e, i) => !candidates.slice(0, i).some((better) => yieldsTo.get(e.id)?.includes(better.id)));
}

/** Every category with a positive score, best first, with its evidence (the candidates before the cut). */
export function scoreCategories(input: ClassifyInput, categories: Category[]): CategoryEvidence[] {
  const texts = weightedTexts(input);
  const lower = texts.map((t) => t.lower).join('\n');
  // where each text starts in `lower` (one past the last: its length + 1), to tell which text a match is in
  const starts = [0];
  for (const t of texts) starts.push(starts[starts.length - 1] + t.lower.length + 1);
  const all: Report = {
    lower,
    starts,
    words: wordStarts(lower),
    han: findHanTerms(lower, categories),
    longer: longerTermsOf(categories),
  };
  // one lookup per word of the report instead of one per term of the vocabulary
  const byForm = termsByForm(categories);
  for (const word of all.words.keys()) for (const term of byForm.get(word) ?? []) term.report = all;
  return categories
    .filter((c) => c.id !== 'unknown')
    .map((category) => scoreCategory(category, texts, all))
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * The report's words, each with where it starts (in order): a Latin term is ruled out by one lookup of its first
 * word, and is tried only where that word starts instead of at every place its letters occur.
 */
function wordStarts(lower: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const m of lower.matchAll(/[a-z0-9]+/g)) {
    const at = words.get(m[0]);
    if (at) at.push(m.index);
    else words.set(m[0], [m.index]);
  }
  return words;
}

const HAN = /\p{Script=Han}/u;

/** "offset 提交" and "offset提交" are one phrase: spaces between Han and Latin are dropped on both sides. */
function unspaced(text: string): string {
  return text.includes(' ') && HAN.test(text) ? text.replace(/(?<=\p{Script=Han}) +(?=[a-z0-9])|(?<=[a-z0-9]) +(?=\p{Script=Han})/gu, '') : text;
}

/** Chinese terms of every category by their first character: one scan of the report finds all present. */
const HAN_INDEX = new WeakMap<Category[], Map<number, string[]>>();

function findHanTerms(lower: string, categories: Category[]): Set<string> {
  let index = HAN_INDEX.get(categories);
  if (!index) {
    index = new Map();
    for (const c of categories) {
      for (const raw of [...c.keywords.zh, ...c.keywords.en]) {
        const term = unspaced(raw.toLowerCase().trim());
        if (!term || /[a-z]/.test(term)) continue;
        const key = term.charCodeAt(0);
        index.set(key, [...(index.get(key) ?? []), term]);
      }
    }
    HAN_INDEX.set(categories, index);
  }
  const found = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    // terms start with a Han character, or (rarely) a digit: the rest of the text is passed over cheaply
    if (code < 0x2e80 && (code < 48 || code > 57)) continue;
    const terms = index.get(code);
    if (terms) for (const t of terms) if (lower.startsWith(t, i)) found.add(t);
  }
  return found;
}

/** The title, every fact with its field, and the remaining prose with its section's weight. */
function weightedTexts(input: ClassifyInput): Text[] {
  const texts: Text[] = [];
  // hedged sentences count half
  const add = (text: string, line: number, field: string, weight: number) =>
    texts.push({ text, lower: unspaced(text.toLowerCase()), line, field, weight: HEDGE.test(text) ? weight / 2 : weight });
  if (input.title) add(input.title, input.titleLine ?? 1, 'title', FIELD_WEIGHT.title);
  const factsOf = new Map<Unit, Fact[]>();
  for (const fact of input.facts) factsOf.set(fact.unit, [...(factsOf.get(fact.unit) ?? []), fact]);
  for (const fact of input.facts) add(fact.text, fact.line, fact.field, FIELD_WEIGHT[fact.field]);
  for (const unit of collectUnits(input.sections)) {
    const role = unit.section.role;
    const weight = (role && ROLE_WEIGHT[role]) ?? PROSE_WEIGHT;
    const facts = factsOf.get(unit);
    if (!facts) add(unit.text, unit.line, role ?? 'body', weight);
    else {
      // a fact is often a cut of its sentence: what was cut away (a label like 配置内容错误：, a clause) still
      // says something, at the weight of the section it stands in
      const rest = leftOver(unit.text, facts);
      if (rest) add(rest, unit.line, role ?? 'body', weight);
    }
  }
  return texts;
}

/**
 * The text of a unit outside its facts' statements, or '' when nothing worth reading is left. Facts are cleaned
 * copies (spacing and punctuation redone), so both sides are compared in a loose form; when a fact cannot be
 * found in its unit (it was reworded), nothing is left over: counting the unit again would count the fact twice.
 */
export function leftOver(text: string, facts: { text: string }[]): string {
  let rest = loose(text);
  for (const fact of facts) {
    const piece = loose(fact.text);
    if (!piece || !rest.includes(piece)) return '';
    rest = rest.split(piece).join(' | ');
  }
  return /[\p{Script=Han}a-z]{2}/iu.test(rest) ? rest : '';
}

/** Lowercase words (dots, dashes, slashes and underscores kept inside them) and Han runs, one space apart. */
function loose(text: string): string {
  // each space stands between two kept characters (a run replaced whole, or a Han–Latin seam): never two in a row
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}._/-]+/gu, ' ');
  // the seams are looked for only in text with Han (most English has none)
  return (HAN.test(words) ? words.replace(/(?<=\p{Script=Han})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{Script=Han})/gu, ' ') : words).trim();
}

function scoreCategory(category: Category, texts: Text[], all: Report): CategoryEvidence {
  const terms = compiledTerms(category);
  let score = 0;
  const matches: CategoryEvidence['matches'] = [];
  for (const term of terms) {
    const found = term.textsWith(all);
    if (!found.length) continue;
    const hits = found.map((i) => texts[i]).sort((a, b) => b.weight - a.weight).slice(0, MAX_HITS_PER_TERM);
    // a repeated term says less each time: full weight, then a half, then a third
    for (const [i, hit] of hits.entries()) {
      score += (hit.weight * term.specificity) / (i + 1);
      if (matches.length < MAX_MATCHES) matches.push({ term: term.term, line: hit.line, field: hit.field });
    }
  }
  return { id: category.id, score: Math.round(score * 100) / 100, matches };
}

/** Categories are loaded once and read for every report: compile their terms once. */
const COMPILED = new WeakMap<Category, Term[]>();
function compiledTerms(category: Category): Term[] {
  let terms = COMPILED.get(category);
  if (!terms) COMPILED.set(category, (terms = [...new Set([...category.keywords.zh, ...category.keywords.en])].map(compileTerm)));
  return terms;
}

interface Report {
  /** The texts' lowercase forms joined by newlines, and where each starts (plus one past the end). */
  lower: string;
  starts: number[];
  /** Each word (a run of [a-z0-9]) → where it starts. */
  words: Map<string, number[]>;
  han: Set<string>;
  /** For a term, the longer terms (of any category) that contain it: see `isPartOfLongerTerm`. */
  longer: Map<string, Container[]>;
}

/** A longer term holding a shorter one, and where in it the shorter one begins. */
interface Container {
  term: string;
  offset: number;
}

/**
 * Every term → the terms whose match at the same place makes it count nothing, built once: the longer terms
 * (of any category) that contain it ("skew" → "clock skew", 泄漏 → 内存泄漏), and the terms of its own category
 * that end with its first words ("deploy of" → "bad deploy": "a bad deploy of X" is one piece of evidence).
 */
const LONGER = new WeakMap<Category[], Map<string, Container[]>>();
function longerTermsOf(categories: Category[]): Map<string, Container[]> {
  let map = LONGER.get(categories);
  if (map) return map;
  map = new Map();
  const add = (term: string, container: Container) => map!.set(term, [...(map!.get(term) ?? []), container]);
  const normal = (terms: string[]) => [...new Set(terms.map((t) => unspaced(t.toLowerCase().trim())))];
  const terms = normal(categories.flatMap((c) => [...c.keywords.zh, ...c.keywords.en]));
  for (const short of terms) {
    for (const long of terms) {
      if (long.length <= short.length) continue;
      for (let offset = long.indexOf(short); offset >= 0; offset = long.indexOf(short, offset + 1)) add(short, { term: long, offset });
    }
  }
  for (const category of categories) {
    const own = normal([...category.keywords.zh, ...category.keywords.en]);
    for (const later of own) for (const earlier of own) for (const offset of wordOverlaps(earlier, later)) add(later, { term: earlier, offset });
  }
  LONGER.set(categories, map);
  return map;
}

/**
 * Where in `earlier` the phrase `later` could begin so that the two share whole words but neither holds the
 * other: "bad deploy" and "deploy of" overlap at 4. Only space-separated words are compared: Han runs have no
 * word boundaries to go by, and a piece of a word ("ploy of") is not a shared word.
 */
export function wordOverlaps(earlier: string, later: string): number[] {
  if (earlier === later || !/^[a-z0-9]/.test(later)) return [];
  const offsets: number[] = [];
  for (let at = earlier.indexOf(' ') + 1; at > 0; at = earlier.indexOf(' ', at) + 1) {
    const tail = earlier.slice(at);
    if (later.length > tail.length && later.startsWith(tail + ' ')) offsets.push(at);
  }
  return offsets;
}

/**
 * Whether the match of `term` at `at` is a piece of a longer term found at the same place: "clock skew" is
 * time-clock, and its "skew" says nothing for data skew; 内存泄漏 counts once, not again as 泄漏.
 */
function isPartOfLongerTerm(report: Report, term: string, at: number): boolean {
  const containers = report.longer.get(term);
  return !!containers?.some((c) => c.offset <= at && report.lower.startsWith(c.term, at - c.offset));
}

/** Whether a match speaks for its category: not part of a longer term, not denied, not inside a quoted message. */
function speaksForCause(report: Report, term: string, at: number, end: number, text: number): boolean {
  if (isPartOfLongerTerm(report, term, at)) return false;
  const from = report.starts[text];
  const sentence = report.lower.slice(from, report.starts[text + 1] - 1);
  return !isDenied(sentence, at - from, end - from) && !isInQuotedMessage(sentence, at - from, end - from);
}

interface Term {
  term: string;
  specificity: number;
  /** Indexes of the texts that hold the term, in order. */
  textsWith: (report: Report) => number[];
  /** A Latin term with a first word: the word forms a match can start with (the word, or also its plurals). */
  forms?: string[];
  /** …and the last report whose words hold one of them (a mark saves a Set per report). */
  report?: Report;
}

const NONE: number[] = [];

/** Chinese terms match as substrings; Latin ones as whole words, the last word also in the plural ("rate limits"). */
export function compileTerm(raw: string): Term {
  const term = unspaced(raw.toLowerCase().trim());
  const han = term.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = term.split(/\s+/).length;
  // longer phrases are rarer and say more than one loose word
  const specificity = han >= 4 || words >= 2 ? 1.5 : 1;
  if (!/[a-z]/.test(term)) return { term, specificity, textsWith: (r) => (r.han.has(term) ? findTexts(r, term, undefined, everywhere(r.lower, term)) : NONE) };
  const body = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
  const plural = !han ? '(?:s|es)?' : '';
  // sticky: tried only where the first word occurs (every match starts with it)
  const re = new RegExp(`(?<![a-z0-9])${body}${plural}(?![a-z0-9])`, 'y');
  const first = term.split(' ')[0];
  // every match starts with a word of the report (the lookbehind): a term whose first word begins with one
  // (`key`) can only start where that word (or its plural) does; other terms are looked for everywhere
  const key = first.match(/^[a-z0-9]+/)?.[0];
  if (!key) return { term, specificity, textsWith: (r) => findTexts(r, term, re, everywhere(r.lower, first)) };
  // a match's first word is `key` itself, unless the term is that one word: then also its plural
  const forms = key === term ? [key, `${key}s`, `${key}es`] : [key];
  const compiled: Term = { term, specificity, forms, textsWith: (r) => (compiled.report === r ? findTexts(r, term, re, wordPlaces(r.words, forms)) : NONE) };
  return compiled;
}

/**
 * The Latin terms of a category list by the word forms they can start with (which terms a report's words may
 * start), built once per list like the Han index and the longer terms.
 */
const BY_FORM = new WeakMap<Category[], Map<string, Term[]>>();
function termsByForm(categories: Category[]): Map<string, Term[]> {
  let index = BY_FORM.get(categories);
  if (!index) {
    index = new Map();
    for (const category of categories) {
      for (const term of compiledTerms(category)) for (const form of term.forms ?? []) index.set(form, [...(index.get(form) ?? []), term]);
    }
    BY_FORM.set(categories, index);
  }
  return index;
}

/** Where any of `forms` starts as a word, in order (NONE when none is a word of the report). */
function wordPlaces(words: Map<string, number[]>, forms: string[]): number[] {
  let out: number[] = NONE;
  for (const form of forms) {
    const at = words.get(form);
    if (at) out = out === NONE ? at : [...out, ...at].sort((a, b) => a - b);
  }
  return out;
}

/** Every place `first` occurs in the report. */
function everywhere(lower: string, first: string): number[] {
  const out: number[] = [];
  for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) out.push(at);
  return out;
}

/**
 * The texts holding a term, found in one pass over the joined report instead of a test per text: at each place
 * it may start (`places`, in order), the pattern (if any) is tried, and a match counts only when it ends inside
 * the text it starts in (a space run can reach across the newline into the next text; on its own that text
 * fails) and speaks for a cause (`speaksForCause`).
 */
function findTexts(report: Report, term: string, re: RegExp | undefined, places: number[]): number[] {
  const { lower, starts } = report;
  let out: number[] | undefined;
  let text = 0;
  for (const at of places) {
    // one hit per text: places in a text already found are passed over
    if (at < starts[text]) continue;
    while (starts[text + 1] <= at) text++;
    let end = at + term.length;
    if (re) {
      re.lastIndex = at;
      if (!re.test(lower)) continue;
      end = re.lastIndex;
    }
    if (end >= starts[text + 1]) continue;
    // a match that does not count leaves the text open: a later mention in it may
    if (!speaksForCause(report, term, at, end, text)) continue;
    (out ??= []).push(text);
    text++;
  }
  return out ?? NONE;
}
