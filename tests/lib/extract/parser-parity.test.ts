/**
 * Issue #8: Sätteri parses for speed; remark-parse + remark-gfm is the reference. Both trees must give the
 * same extraction on every real report (the development corpus and the seeds) and on synthetic ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../../src/lib/bench/generate.ts';
import { decodeBytes } from '../../../src/lib/extract/decode.ts';
import { parseWithSatteri, type MarkdownParser } from '../../../src/lib/extract/parse.ts';
import { ingestReport } from '../../../src/lib/ingest.ts';
import { loadKnowledge } from '../../../scripts/lib/knowledge.ts';

const remark = unified().use(remarkParse).use(remarkGfm);
const parseWithRemark: MarkdownParser = (text) => remark.runSync(remark.parse(text)) as Root;
const knowledge = loadKnowledge();

const dirs = ['../shared/corpus', '../shared/seeds'].filter(existsSync);
const reports = dirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/.test(f)).map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) })),
);

function extract(path: string, text: string, parser: MarkdownParser) {
  return ingestReport({ text, sourcePath: path, encoding: 'utf-8' }, knowledge, { parser });
}

describe('Sätteri and remark give the same extraction', { timeout: 60_000 }, () => {
  it.skipIf(!reports.length)(`on the ${reports.length} real reports of the corpus and seeds`, () => {
    for (const { path, bytes } of reports) {
      const { text } = decodeBytes(bytes);
      expect(extract(path, text, parseWithSatteri), path).toEqual(extract(path, text, parseWithRemark));
    }
  });
  it('on 60 synthetic reports (Chinese and English, markdown and plain text)', () => {
    for (const r of generateReports(60, 7)) {
      expect(extract(r.name, r.text, parseWithSatteri), r.name).toEqual(extract(r.name, r.text, parseWithRemark));
    }
  });
  it('on the hostile fixtures that parse', () => {
    const dir = 'tests/fixtures/hostile';
    for (const name of ['raw-html.md', 'mermaid-in-events.md', 'unclosed-fence.md', 'impossible-dates.md', 'crlf.md', 'utf8-bom.md']) {
      const { text } = decodeBytes(readFileSync(join(dir, name)));
      expect(extract(name, text, parseWithSatteri), name).toEqual(extract(name, text, parseWithRemark));
    }
  });
});
