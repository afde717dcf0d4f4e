/**
 * npm run timeline -- [FILE|-] [--date YYYY-MM-DD] [--format yaml|json] [--lang zh|en|mixed] [--line-offset N]
 * Notes or a chat export with timestamps (a file, or stdin) → `timeline` entries to paste into a postmortem's
 * frontmatter, then a mermaid block for its body. Exit 1 when no event was found, 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildTimelineFromNotes, mermaidBlock, timelineJson, timelineYaml } from '../src/lib/authoring/timeline-notes.ts';
import { decodeBytes } from '../src/lib/extract/decode.ts';
import { isoDate } from '../src/lib/schema.ts';

const usage = (message: string) => {
  console.error(`timeline: ${message}\nusage: npm run timeline -- notes.txt [--date YYYY-MM-DD] [--format yaml|json]   (or pipe the notes in)`);
  process.exit(2);
};

// 1. arguments
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, format: { type: 'string', default: 'yaml' }, lang: { type: 'string' }, 'line-offset': { type: 'string', default: '0' } },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed!;
if (values.format !== 'yaml' && values.format !== 'json') usage('--format is yaml or json');
if (values.date !== undefined && !isoDate.safeParse(values.date).success) usage(`--date must be a real date written YYYY-MM-DD, not "${values.date}"`);
if (values.lang !== undefined && !['zh', 'en', 'mixed'].includes(values.lang)) usage('--lang is zh, en or mixed');
const lineOffset = Number(values['line-offset']);
if (!Number.isInteger(lineOffset) || lineOffset < 0) usage('--line-offset is a whole number of lines');
if (positionals.length > 1) usage('one file at a time');
const file = positionals[0] ?? '-';
if (file === '-' && process.stdin.isTTY) usage('give a file, or pipe the notes in');

// 2. read (any encoding ingest reads), extract
let bytes: Buffer;
try {
  bytes = readFileSync(file === '-' ? 0 : file);
} catch (error) {
  console.error(`${file}: cannot read: ${(error as Error).message}`);
  process.exit(2);
}
let notes: string;
try {
  notes = decodeBytes(bytes).text;
} catch (error) {
  console.error(`${file === '-' ? 'stdin' : file}: ${(error as Error).message}`);
  process.exit(1);
}
const result = buildTimelineFromNotes(notes, { date: values.date, language: values.lang, lineOffset });

// 3. print: YAML for the frontmatter, then the mermaid block for the body (or one JSON object)
if (values.format === 'json') console.log(timelineJson(result));
else {
  process.stdout.write(timelineYaml(result));
  const block = mermaidBlock(result);
  if (block) process.stdout.write(`\n${block}`);
}
if (!result.events.length) {
  console.error('timeline: no timestamped event found (write one per line, e.g. "19:56 收到告警" or "[2021-12-12 00:02] alice: rolled back")');
  process.exitCode = 1;
}
