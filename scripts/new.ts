/**
 * npm run new [-- --title "…" --date YYYY-MM-DD --lang zh|en --categories a,b --technologies kafka --yes --dir DIR]
 * (--dir defaults to <content>/postmortems; --content DIR defaults to $HINDSIGHT_CONTENT or content)
 * Scaffolds content/postmortems/<date>-<slug>.md from the template of src/lib/authoring/scaffold.ts. On a
 * terminal (stdin and stdout TTYs, not CI, no --yes) it asks for what the flags did not give; otherwise it
 * takes the flags and defaults (date: today; language: from the title). Never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { languageForTitle, parseList, scaffoldInputErrors, scaffoldPostmortem, type ScaffoldInput, type TemplateLanguage } from '../src/lib/authoring/scaffold.ts';
import type { Category } from '../src/lib/taxonomy.ts';
import { loadKnowledge } from './lib/knowledge.ts';

export interface NewIo {
  input: Readable & { isTTY?: boolean };
  output: Writable & { isTTY?: boolean };
  error: Writable;
  /** Ask questions (default: both streams are TTYs and not in CI). */
  interactive?: boolean;
  /** YYYY-MM-DD, the default date (default: today, local time). */
  today?: string;
}

const OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  lang: { type: 'string' },
  categories: { type: 'string' },
  technologies: { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
  dir: { type: 'string' },
  content: { type: 'string', default: process.env.HINDSIGHT_CONTENT ?? 'content' },
} as const;

/** Runs the command; resolves with the exit code (0 written, 1 cancelled or file exists, 2 bad input). */
export async function runNew(argv: string[], io: NewIo): Promise<number> {
  const say = (text: string) => io.output.write(`${text}\n`);
  const fail = (text: string, code: number) => (io.error.write(`new: ${text}\n`), code);
  // 1. flags
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    return fail((error as Error).message, 2);
  }
  const categories = loadKnowledge(values.content).categories;
  const given: Partial<ScaffoldInput> = {
    title: values.title,
    date: values.date,
    language: values.lang as TemplateLanguage | undefined,
    categories: values.categories === undefined ? undefined : parseList(values.categories),
    technologies: values.technologies === undefined ? undefined : parseList(values.technologies),
  };
  const today = io.today ?? localToday();

  // 2. questions on a terminal, defaults otherwise
  const interactive = !values.yes && (io.interactive ?? (!!io.input.isTTY && !!io.output.isTTY && !p.isCI()));
  const answers = interactive ? await ask(given, categories, today, io) : withDefaults(given, today);
  if (!answers) return fail('cancelled; nothing written', 1);
  const errors = scaffoldInputErrors(answers, new Set(categories.map((c) => c.id)));
  if (errors.length) return fail(errors.join('\n     '), 2);

  // 3. write, never over an existing file (wx: created atomically, EEXIST if it is there)
  const scaffold = scaffoldPostmortem(answers as ScaffoldInput);
  const dir = values.dir ?? join(values.content, 'postmortems');
  const path = join(dir, scaffold.fileName);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(path, scaffold.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${path} already exists; not overwritten (choose another title or date)`, 1);
    throw error;
  }

  // 4. where it is and what to do next
  const shown = relative(process.cwd(), path) || path;
  say(`Created ${shown}`);
  say('Next:');
  say('  1. fill in the sections, then summary, symptoms, causes, fixes and action_items in the frontmatter');
  say('  2. npm run timeline -- notes.txt      turns timestamped notes into timeline entries to paste');
  say(`  3. npm run check -- ${shown}`);
  return 0;
}

function withDefaults(given: Partial<ScaffoldInput>, today: string): Partial<ScaffoldInput> {
  const title = given.title ?? '';
  return { ...given, title, date: given.date ?? today, language: given.language ?? languageForTitle(title), categories: given.categories ?? [], technologies: given.technologies ?? [] };
}

/** Asks for every answer the flags did not give; null when cancelled. */
async function ask(given: Partial<ScaffoldInput>, categories: Category[], today: string, io: NewIo): Promise<Partial<ScaffoldInput> | null> {
  const streams = { input: io.input, output: io.output };
  p.intro('New postmortem', streams);
  const title = given.title ?? (await p.text({ ...streams, message: 'Title', placeholder: 'Kafka 消费积压导致数据中断', validate: (v) => (v?.trim() ? undefined : 'A title is required') }));
  if (p.isCancel(title)) return null;
  const date = given.date ?? (await p.text({ ...streams, message: 'Date the incident began (YYYY-MM-DD)', defaultValue: today, placeholder: today, validate: (v) => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'Write it YYYY-MM-DD') }));
  if (p.isCancel(date)) return null;
  const language =
    given.language ??
    (await p.select<TemplateLanguage>({ ...streams, message: 'Language of the headings', initialValue: languageForTitle(title), options: [{ value: 'zh', label: '中文' }, { value: 'en', label: 'English' }] }));
  if (p.isCancel(language)) return null;
  const chosen =
    given.categories ??
    (await p.multiselect<string>({ ...streams, message: 'Root-cause categories (space to pick, enter when done)', required: false, options: categories.map((c) => ({ value: c.id, label: c.id, hint: `${c.name.en} / ${c.name.zh}` })) }));
  if (p.isCancel(chosen)) return null;
  const technologies = given.technologies ?? (await p.text({ ...streams, message: 'Technologies (comma-separated ids)', placeholder: 'kafka, flink', defaultValue: '' }));
  if (p.isCancel(technologies)) return null;
  p.outro('Writing the template', streams);
  return { title, date, language, categories: chosen, technologies: Array.isArray(technologies) ? technologies : parseList(technologies) };
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

if (import.meta.main) {
  process.exitCode = await runNew(process.argv.slice(2), { input: process.stdin, output: process.stdout, error: process.stderr });
}
