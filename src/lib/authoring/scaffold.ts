/**
 * The template of a hand-written postmortem: every schema field (defaults from the schema itself, so a new
 * field shows up here without an edit) with a one-line YAML comment, and the section headings of the chosen
 * language, each with one line of guidance. Pure: scripts/new.ts writes the file.
 */
import Slugger from 'github-slugger';
import { Document, isPair, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { toId } from '../id.ts';
import { isoDate, postmortemSchema, type Postmortem } from '../schema.ts';

export type TemplateLanguage = 'zh' | 'en';

export interface Section {
  heading: string;
  guidance: string;
}

/** The body sections, in order, per language. */
export const SECTIONS: Record<TemplateLanguage, Section[]> = {
  zh: [
    { heading: '现象', guidance: '用户和值班人员看到了什么：告警、报错、延迟、中断。' },
    { heading: '影响', guidance: '影响了谁、多少、多久：受影响的服务、用户数、数据量、持续时间。' },
    { heading: '时间线', guidance: '按时间顺序记录关键事件；用 npm run timeline 把笔记转成 frontmatter 的 timeline。' },
    { heading: '排查', guidance: '按步骤写下看了什么、发现了什么，包括走过的弯路。' },
    { heading: '原因', guidance: '根本原因、触发条件和促成因素；同时填到 frontmatter 的 causes。' },
    { heading: '处理方式', guidance: '止损和修复的具体操作；同时填到 frontmatter 的 fixes。' },
    { heading: '改进', guidance: '后续改进项，每项写明负责人，如 (owner: 张三) 或 @zhangsan。' },
  ],
  en: [
    { heading: 'Symptoms', guidance: 'What users and on-call saw: alerts, errors, lag, outages.' },
    { heading: 'Impact', guidance: 'Who and how much was affected, for how long: services, users, data, duration.' },
    { heading: 'Timeline', guidance: 'Key events in order; npm run timeline turns your notes into the frontmatter timeline.' },
    { heading: 'Investigation', guidance: 'What you looked at and what you found, step by step, dead ends included.' },
    { heading: 'Root cause', guidance: 'Root causes, triggers and contributing factors; list them in the frontmatter causes too.' },
    { heading: 'Resolution', guidance: 'What stopped the impact and what fixed it; list them in the frontmatter fixes too.' },
    { heading: 'Action items', guidance: 'Follow-up work, each with an owner: (owner: alice) or @alice.' },
  ],
};

/** One line of guidance per frontmatter field a writer fills in, shown as a YAML comment. */
export const FIELD_HINTS: Partial<Record<keyof Postmortem, string>> = {
  date: 'the day the incident began, YYYY-MM-DD (quoted)',
  source: 'null: written by hand',
  status: 'resolved | mitigated | unresolved | unknown',
  severity: 'critical | major | minor | unknown',
  summary: 'one to three sentences: what broke, why, what fixed it',
  symptoms: 'what users and operators observed',
  causes: 'root causes, triggers, contributing factors',
  fixes: 'mitigations and resolutions applied',
  action_items: 'follow-up work, each with (owner: name) or @name',
  technologies: 'ids from content/technologies.yaml',
  categories: 'one to three ids from content/categories.yaml',
  timeline: 'npm run timeline -- notes.txt prints entries to paste here',
  time_to_detect_minutes: 'minutes from the first event to detection',
  time_to_resolve_minutes: 'minutes from the first event to resolution',
  review: 'draft while writing; reviewed once someone has checked it',
};

export interface ScaffoldInput {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  language: TemplateLanguage;
  categories?: string[];
  technologies?: string[];
}

export interface Scaffold {
  /** `<date>-<slug>.md` */
  fileName: string;
  text: string;
  data: Postmortem;
}

const MAX_SLUG = 60;

/**
 * A file-name slug for a title: github-slugger (keeps CJK letters, drops punctuation), then the id rules of
 * ingest. A title with no letters or digits at all falls back to `postmortem`.
 */
export function slugForTitle(title: string): string {
  const slug = toId(new Slugger().slug(title.normalize('NFKC'))).slice(0, MAX_SLUG).replace(/[-_]+$/, '');
  return slug === 'report' || !slug ? 'postmortem' : slug;
}

export function scaffoldPostmortem(input: ScaffoldInput): Scaffold {
  const data = postmortemSchema.parse({
    title: input.title.trim(),
    date: input.date,
    source: null,
    language: input.language,
    status: 'unknown',
    review: 'draft',
    categories: input.categories ?? [],
    technologies: input.technologies ?? [],
  });
  return { fileName: `${input.date}-${slugForTitle(input.title)}.md`, text: `---\n${frontmatterYaml(data)}---\n${templateBody(input.language)}`, data };
}

/** The body: one heading per section, each followed by its guidance in italics. */
export function templateBody(language: TemplateLanguage): string {
  return SECTIONS[language].map((s) => `## ${s.heading}\n\n_${s.guidance}_\n`).join('\n');
}

/** Same YAML style as serializePostmortem (double-quoted strings, no folding), plus the field hints. */
function frontmatterYaml(data: Postmortem): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  const map = doc.contents as unknown as { items: Pair[] };
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const hint = FIELD_HINTS[key as keyof Postmortem];
    if (!hint || !isPair(pair)) continue;
    // scalars and empty lists take the hint at the end of their line, filled lists on the line above
    if (isSeq(pair.value) && pair.value.items.length === 0) pair.value.flow = true;
    if (isSeq(pair.value) && !pair.value.flow) (pair.key as Scalar).commentBefore = ` ${hint}`;
    else if (pair.value) (pair.value as Scalar).comment = ` ${hint}`;
  }
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

/** `a, b ,c` or `a，b` → ['a', 'b', 'c'] */
export function parseList(value: string | undefined): string[] {
  return (value ?? '').split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);
}

/** zh when the title has Chinese characters, en otherwise. */
export function languageForTitle(title: string): TemplateLanguage {
  return /\p{Script=Han}/u.test(title) ? 'zh' : 'en';
}

/** What is wrong with the answers, one message per problem (empty when they can be written). */
export function scaffoldInputErrors(input: Partial<ScaffoldInput>, knownCategories: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  if (!input.title?.trim()) errors.push('a title is required (--title "…")');
  if (!input.date || !isoDate.safeParse(input.date).success) errors.push(`--date must be a real date written YYYY-MM-DD, not "${input.date ?? ''}"`);
  if (input.language !== 'zh' && input.language !== 'en') errors.push(`--lang is zh or en, not "${input.language ?? ''}"`);
  for (const id of input.categories ?? []) if (!knownCategories.has(id)) errors.push(`unknown category "${id}" (see content/categories.yaml)`);
  for (const id of input.technologies ?? []) if (!/^[a-z0-9][a-z0-9.+_-]*$/.test(id)) errors.push(`technology ids are lowercase: "${id}"`);
  return errors;
}
