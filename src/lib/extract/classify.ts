/**
 * Step 7: root-cause categories from content/categories.yaml, with the evidence for each choice.
 * Every keyword hit is weighted by where it occurs — a stated cause counts most, then the title, then symptoms
 * and fixes, then action items and the rest of the prose; hedged sentences (可能, 怀疑, possibly) count half —
 * and a term counts at most three times. A mention counts nothing when it is denied (不像是内存泄漏, "not a
 * leak"), inside a quoted message, or part of a longer or overlapping term matched at the same place ("clock
 * skew" is not skew; "a bad deploy of" is one deploy, not two). Which of the scored categories are kept is the
 * learned model's choice (category-model.ts: at most three, without one that yields to a better one);
 * `unknown` only when it finds none likely.
 */
import type { CategoryEvidence } from '../schema.ts';
import type { Category } from '../taxonomy.ts';
import type { Fact, FactField } from './facts.ts';
import type { Section, SectionRole } from './sections.ts';
import { isDenied, isInQuotedMessage } from './mention-context.ts';
import { ScanKeys, scanText, type ScanIndex } from './word-scan.ts';
import { collectUnits, type Unit } from './units.ts';
import { CATEGORY_MODEL, CHOSEN, categoryProbability } from './category-model.ts';
import type { FieldModel } from './fact-model.ts';

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
const MAX_CATEGORIES = 3;
const MAX_MATCHES = 12;
const HEDGE = /可能|排除|猜测|怀疑|推测|是否|\b(?:maybe|possibly|might|suspect(?:ed|s)?|ruled out|unrelated|not the cause)\b/i;

interface Text {
  text: string;
  line: number;
  field: string;
  /** The weight of its field or section; `weightOf` says what it counts. */
  baseWeight: number;
  /** Lowercase, without spaces between Han and Latin (`lowercaseForms`). */
  lower: string;
  /** Whether it hedges (`weightOf`; undefined until asked). */
  hedged?: boolean;
}

export function classifyRootCause(input: ClassifyInput, categories: Category[]): Classification {
  return chooseCategories(scoreCategories(input, categories), categories);
}

/**
 * The categories kept of those scored: the keyword scores say how much the report speaks of a category, the
 * learned model (category-model.ts) which of those it is about.
 */
export function chooseCategories(scored: CategoryEvidence[], categories: Category[], model: FieldModel = CATEGORY_MODEL, threshold = CHOSEN): Classification {
  const likely = scored
    .map((evidence, rank) => ({ evidence, p: categoryProbability(scored, rank, model) }))
    .filter((c) => c.p >= threshold)
    .sort((a, b) => b.p - a.p || b.evidence.score - a.evidence.score)
    .map((c) => c.evidence);
  // …and shown in the order of their evidence, the best-scored first
  const chosen = withoutExcluded(likely, categories).slice(0, MAX_CATEGORIES).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  if (!chosen.length) return { categories: ['unknown'], evidence: [] };
  return { categories: chosen.map((e) => e.id), evidence: chosen };
}

/** The candidates (best first) without those that yield to a better candidate (`yields_to`). */
export function withoutExcluded(candidates: CategoryEvidence[], categories: Category[]): CategoryEvidence[] {
  const yieldsTo = new Map(categories.map((c) => [c.id, c.yields_to ?? []]));
  return candidates.filter((e, i) => !candidates.slice(0, i).some((better) => yieldsTo.get(e.id)?.includes(better.id)));
}

/** Every category with a positive score, best first, with its evidence (the candidates before the cut). */
export function scoreCategories(input: ClassifyInput, categories: Category[]): CategoryEvidence[] {
  const vocabulary = vocabularyOf(categories);
  const texts = weightedTexts(input);
  const report = readReport(texts, lowercaseForms(texts), vocabulary);
  const scored: CategoryEvidence[] = [];
  // only the terms that may match are looked at: those of the anchors found
  const candidates = candidateTerms(report.found, vocabulary);
  vocabulary.scored.forEach((category, i) => {
    if (!candidates[i].length) return;
    const evidence = scoreCategory(category, candidates[i], texts, report);
    if (evidence.score > 0) scored.push(evidence);
  });
  return scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

// ---- the texts: what the report says, where, and at which weight

/** The title, every fact with its field, and the remaining prose with its section's weight. */
function weightedTexts(input: ClassifyInput): Text[] {
  const texts: Text[] = [];
  const add = (text: string, line: number, field: string, baseWeight: number) => texts.push({ text, line, field, baseWeight, lower: '', hedged: undefined });
  if (input.title) add(input.title, input.titleLine ?? 1, 'title', FIELD_WEIGHT.title);
  const factsOf = new Map<Unit, Fact[]>();
  for (const fact of input.facts) {
    const facts = factsOf.get(fact.unit);
    if (facts) facts.push(fact);
    else factsOf.set(fact.unit, [fact]);
  }
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

/** What a text counts: hedged sentences (可能, 怀疑, possibly) count half. Asked only of texts a term is in. */
function weightOf(text: Text): number {
  text.hedged ??= HEDGE.test(text.text);
  return text.hedged ? text.baseWeight / 2 : text.baseWeight;
}

/**
 * Fills in each text's lowercase form and returns the forms joined by newlines. All texts are done at once,
 * joined by newlines: one lowercasing and one replace per report instead of one of each per text. Neither reaches
 * across a newline (the one context-dependent lowercasing, a final Σ, stops at one), and no text holds one
 * (units are squeezed; when some text does, each is done on its own).
 */
function lowercaseForms(texts: Text[]): string {
  const lower = unspaced(texts.map((t) => t.text).join('\n').toLowerCase());
  const lowers = lower.split('\n');
  if (lowers.length !== texts.length) {
    for (const t of texts) t.lower = unspaced(t.text.toLowerCase());
    return texts.map((t) => t.lower).join('\n');
  }
  for (let i = 0; i < texts.length; i++) texts[i].lower = lowers[i];
  return lower;
}

/**
 * The text of a unit outside its facts' statements, or '' when nothing worth reading is left. Facts are cleaned
 * copies (spacing and punctuation redone), so both sides are compared in a loose form; when a fact cannot be
 * found in its unit (it was reworded), nothing is left over: counting the unit again would count the fact twice.
 */
export function leftOver(text: string, facts: { text: string }[]): string {
  // most facts are their whole sentence: the loose forms would only say that nothing is left (the rest is ' | ')
  if (facts[0]?.text === text) return '';
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

const HAN = /\p{Script=Han}/u;

/** "offset 提交" and "offset提交" are one phrase: spaces between Han and Latin are dropped on both sides. */
function unspaced(text: string): string {
  return text.includes(' ') && HAN.test(text) ? text.replace(/(?<=\p{Script=Han}) +(?=[a-z0-9])|(?<=[a-z0-9]) +(?=\p{Script=Han})/gu, '') : text;
}

// ---- one report: where the vocabulary's anchors occur, and which terms may match

interface Report {
  /** The texts' lowercase forms joined by newlines, and where each starts (plus one past the end). */
  lower: string;
  starts: number[];
  /** Each text's lowercase form (its piece of `lower`). */
  sentences: string[];
  /** Anchor (see `Vocabulary`) → where it occurs in `lower`, in order; nothing when it does not. */
  places: (number[] | undefined)[];
  /** The anchors that occur. */
  found: number[];
}

/** The texts' lowercase forms joined by newlines, and where each anchor of the vocabulary occurs in them. */
function readReport(texts: Text[], lower: string, vocabulary: Vocabulary): Report {
  // where each text starts in `lower` (one past the last: its length + 1), to tell which text a match is in
  const starts = [0];
  for (const t of texts) starts.push(starts[starts.length - 1] + t.lower.length + 1);
  const { places, found } = findAnchors(lower, vocabulary);
  return { lower, starts, sentences: texts.map((t) => t.lower), places, found };
}

/** Where every anchor of the vocabulary occurs in the report (in order), and which anchors occur. */
function findAnchors(lower: string, vocabulary: Vocabulary): { places: (number[] | undefined)[]; found: number[] } {
  const places: (number[] | undefined)[] = new Array(vocabulary.termsAt.length);
  const found: number[] = [];
  scanText(lower, vocabulary.anchors, (anchor, at) => {
    const list = places[anchor];
    if (list) list.push(at);
    else {
      places[anchor] = [at];
      found.push(anchor);
    }
  });
  return { places, found };
}

/** The terms one of whose anchors occurs, by category (as in `vocabulary.scored`), each category's in order. */
function candidateTerms(found: number[], vocabulary: Vocabulary): Term[][] {
  const { terms, marks } = vocabulary;
  for (const anchor of found) for (const id of vocabulary.termsAt[anchor]) marks[id] = 1;
  const byCategory: Term[][] = vocabulary.scored.map(() => []);
  for (let id = 0; id < terms.length; id++) {
    if (!marks[id]) continue;
    marks[id] = 0;
    byCategory[terms[id].category].push(terms[id]);
  }
  return byCategory;
}

// ---- scoring: the texts each candidate term counts in

/** A category's score and evidence from its terms that may match (in order). */
function scoreCategory(category: Category, terms: Term[], texts: Text[], report: Report): CategoryEvidence {
  let score = 0;
  const matches: CategoryEvidence['matches'] = [];
  for (const term of terms) {
    const found = findTexts(report, term, placesOf(term, report));
    if (!found.length) continue;
    const hits = heaviest(found, texts);
    // a repeated term says less each time: full weight, then a half, then a third
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      score += (weightOf(hit) * term.specificity) / (i + 1);
      if (matches.length < MAX_MATCHES) matches.push({ term: term.term, line: hit.line, field: hit.field });
    }
  }
  return { id: category.id, score: Math.round(score * 100) / 100, matches };
}

/**
 * The texts a term counts in: the heaviest MAX_HITS_PER_TERM of those found, heaviest first, in the order found
 * among equal weights (what a stable sort by weight would give, without sorting them all).
 */
function heaviest(found: number[], texts: Text[]): Text[] {
  const hits: Text[] = [];
  for (const i of found) {
    const text = texts[i];
    let at = hits.length;
    while (at > 0 && weightOf(hits[at - 1]) < weightOf(text)) at--;
    if (at < MAX_HITS_PER_TERM) {
      hits.splice(at, 0, text);
      if (hits.length > MAX_HITS_PER_TERM) hits.pop();
    }
  }
  return hits;
}

const NONE: number[] = [];

/** Where a term may match, in order: the places of its anchors (NONE when none occurs). */
function placesOf(term: Term, report: Report): number[] {
  let out: number[] = NONE;
  for (const anchor of term.anchors) {
    const at = report.places[anchor];
    if (at) out = out === NONE ? at : [...out, ...at].sort((a, b) => a - b);
  }
  return out;
}

/**
 * The texts holding a term, found in one pass over the joined report instead of a test per text: at each place
 * it may start (`places`, in order), the pattern (if any) is tried, and a match counts only when it ends inside
 * the text it starts in (a space run can reach across the newline into the next text; on its own that text
 * fails) and speaks for a cause (`speaksForCause`).
 */
function findTexts(report: Report, term: Term, places: number[]): number[] {
  const { lower, starts } = report;
  const re = term.pattern;
  let out: number[] | undefined;
  let text = 0;
  for (const at of places) {
    // one hit per text: places in a text already found are passed over
    if (at < starts[text]) continue;
    while (starts[text + 1] <= at) text++;
    let end = at + term.term.length;
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

/**
 * Whether the match of `term` at `at` is a piece of a longer term found at the same place: "clock skew" is
 * time-clock, and its "skew" says nothing for data skew; 内存泄漏 counts once, not again as 泄漏.
 */
function isPartOfLongerTerm(report: Report, term: Term, at: number): boolean {
  return term.containers.some((c) => c.offset <= at && report.lower.startsWith(c.term, at - c.offset));
}

/** Whether a match speaks for its category: not part of a longer term, not denied, not inside a quoted message. */
function speaksForCause(report: Report, term: Term, at: number, end: number, text: number): boolean {
  if (isPartOfLongerTerm(report, term, at)) return false;
  const from = report.starts[text];
  const sentence = report.sentences[text];
  return !isDenied(sentence, at - from, end - from) && !isInQuotedMessage(sentence, at - from, end - from);
}

// ---- the vocabulary: a category list compiled once

/**
 * A category list compiled for matching, built once per list (categories are loaded once and read for every
 * report). Every place a term can match starts at an anchor, and the anchors of all terms are found in one scan
 * of the report (`findAnchors`) instead of a search per term: a word anchor is a whole word of the report
 * ([a-z0-9]+) that a Latin term begins with; a prefix anchor is a string that may start anywhere (a Chinese term,
 * or a Latin term's first word that starts with Han).
 */
interface Vocabulary {
  /** Every category but `unknown`. */
  scored: Category[];
  /** Their terms, by id. */
  terms: Term[];
  /** Term id → 1 while `candidateTerms` collects a report's terms, 0 otherwise (one array, not one per report). */
  marks: Uint8Array;
  /** Anchor → the ids of the terms that start at it. */
  termsAt: number[][];
  anchors: ScanIndex;
}

const VOCABULARIES = new WeakMap<Category[], Vocabulary>();

function vocabularyOf(categories: Category[]): Vocabulary {
  let vocabulary = VOCABULARIES.get(categories);
  if (!vocabulary) VOCABULARIES.set(categories, (vocabulary = compileVocabulary(categories)));
  return vocabulary;
}

function compileVocabulary(categories: Category[]): Vocabulary {
  const longer = longerTermsOf(categories);
  // anchor → the ids of the terms that start at it
  const anchors = new ScanKeys<number>();
  const terms: Term[] = [];
  const scored = categories.filter((c) => c.id !== 'unknown');
  scored.forEach((c, category) => {
    for (const raw of new Set([...c.keywords.zh, ...c.keywords.en])) {
      const { term, specificity, pattern, forms, prefix } = compileTerm(raw);
      const id = terms.length;
      const at = forms ? forms.map((form) => anchors.add('word', form, id)) : prefix && mayStartAnywhere(prefix, !pattern) ? [anchors.add('prefix', prefix, id)] : [];
      terms.push({ id, category, term, specificity, pattern, anchors: at, containers: longer.get(term) ?? [] });
    }
  });
  return { scored, terms, marks: new Uint8Array(terms.length), termsAt: anchors.lists, anchors: anchors.index() };
}

/**
 * Whether a prefix can be found at all. A Chinese term is looked for only where a Han character (or, rarely, a
 * digit) starts — the scan this replaces passed over everything else — so one starting otherwise never matches.
 */
function mayStartAnywhere(prefix: string, chinese: boolean): boolean {
  if (!prefix) return false;
  const code = prefix.charCodeAt(0);
  return !chinese || code >= 0x2e80 || (code >= 48 && code <= 57);
}

/** A compiled term of a vocabulary. */
interface Term {
  /** Its index among all terms of the vocabulary (ids follow the categories and their terms in order). */
  id: number;
  /** The index of its category in `Vocabulary.scored`. */
  category: number;
  term: string;
  specificity: number;
  pattern?: RegExp;
  /** The anchors a match starts at (one; or a word and its plurals). */
  anchors: number[];
  /** The terms whose match at the same place makes this one count nothing (see `longerTermsOf`). */
  containers: Container[];
}

/**
 * A term as written in the category list, before the vocabulary gives it its anchors: Chinese terms match as
 * substrings; Latin ones as whole words, the last word also in the plural ("rate limits").
 */
interface TermSpec {
  term: string;
  specificity: number;
  /** A Latin term's pattern (sticky: tried only at the places a match can start). */
  pattern?: RegExp;
  /** A Latin term with a first word: the word forms a match can start with (the word, or also its plurals). */
  forms?: string[];
  /** Otherwise the string every match starts with (a Chinese term: itself), looked for everywhere. */
  prefix?: string;
}

function compileTerm(raw: string): TermSpec {
  const term = unspaced(raw.toLowerCase().trim());
  const han = term.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = term.split(/\s+/).length;
  // longer phrases are rarer and say more than one loose word
  const specificity = han >= 4 || words >= 2 ? 1.5 : 1;
  if (!/[a-z]/.test(term)) return { term, specificity, prefix: term };
  const body = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
  const plural = !han ? '(?:s|es)?' : '';
  const pattern = new RegExp(`(?<![a-z0-9])${body}${plural}(?![a-z0-9])`, 'y');
  const first = term.split(' ')[0];
  // every match starts with a word of the report (the lookbehind): a term whose first word begins with one
  // (`key`) can only start where that word (or its plural) does; other terms are looked for everywhere
  const key = first.match(/^[a-z0-9]+/)?.[0];
  if (!key) return { term, specificity, pattern, prefix: first };
  // a match's first word is `key` itself, unless the term is that one word: then also its plural
  return { term, specificity, pattern, forms: key === term ? [key, `${key}s`, `${key}es`] : [key] };
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
function longerTermsOf(categories: Category[]): Map<string, Container[]> {
  const map = new Map<string, Container[]>();
  const add = (term: string, container: Container) => map.set(term, [...(map.get(term) ?? []), container]);
  const normal = (terms: string[]) => [...new Set(terms.map((t) => unspaced(t.toLowerCase().trim())))];
  const terms = normal(categories.flatMap((c) => [...c.keywords.zh, ...c.keywords.en]));
  // every shorter piece of every term that is a term itself (the order of the containers does not matter)
  const isTerm = new Set(terms);
  for (const long of terms) {
    for (let offset = 0; offset < long.length; offset++) {
      for (let end = offset + 1; end <= long.length; end++) {
        const short = long.slice(offset, end);
        if (short.length < long.length && isTerm.has(short)) add(short, { term: long, offset });
      }
    }
  }
  for (const category of categories) {
    const own = normal([...category.keywords.zh, ...category.keywords.en]);
    for (const later of own) for (const earlier of own) for (const offset of wordOverlaps(earlier, later)) add(later, { term: earlier, offset });
  }
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
