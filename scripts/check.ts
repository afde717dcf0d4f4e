/**
 * npm run check [-- FILE|DIR …] [--strict] [--format text|json] [--content DIR (default $HINDSIGHT_CONTENT or content)]
 * Validates postmortems (default: every .md in content/postmortems) against the schema, the taxonomy and the
 * completeness lint, printed as `path:line:column  severity  message  (rule)`. Exit 1 on errors (on warnings
 * too with --strict), 2 when a file cannot be read or the arguments are wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCollection, checkText, formatJson, formatText, summarize, type Diagnostic, type FileResult } from '../src/lib/authoring/check.ts';
import { loadKnowledge } from './lib/knowledge.ts';

// 1. arguments
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { strict: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' }, content: { type: 'string', default: process.env.HINDSIGHT_CONTENT ?? 'content' } },
  });
} catch (error) {
  console.error(`check: ${(error as Error).message}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.format !== 'text' && values.format !== 'json') {
  console.error('check: --format is text or json');
  process.exit(2);
}

// 2. the files: given files, .md files of given folders, or content/postmortems
const listMarkdown = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort().map((f) => join(dir, f));
const targets = positionals.length ? positionals : [join(values.content, 'postmortems')];
const files: string[] = [];
let unreadable = 0;
for (const target of targets) {
  try {
    files.push(...(statSync(target).isDirectory() ? listMarkdown(target) : [target]));
  } catch {
    console.error(`${target}: cannot read (no such file or folder)`);
    unreadable++;
  }
}

// 3. check each file, then the collection
const knowledge = loadKnowledge(values.content);
const ctx = {
  categories: new Set(knowledge.categories.map((c) => c.id)),
  technologies: new Set(knowledge.technologies.map((t) => t.id)),
  sourceExists: (path: string) => existsSync(resolve(path)),
};
const shown = files.map((f) => relative(process.cwd(), f) || f);
const results: FileResult[] = shown.map((file) => checkText(file, readFileSync(file, 'utf8'), ctx));
const diagnostics: Diagnostic[] = [...results.flatMap((r) => r.diagnostics), ...checkCollection(results.flatMap((r) => (r.entry ? [r.entry] : [])))];

// 4. report
const summary = summarize(files.length, diagnostics);
console.log(values.format === 'json' ? formatJson(shown, diagnostics) : formatText(diagnostics, summary));
if (unreadable) process.exitCode = 2;
else if (summary.errors || (values.strict && summary.warnings)) process.exitCode = 1;
