import { describe, expect, it } from 'vitest';
import { ingestReport } from '../../../src/lib/ingest.ts';
import { loadKnowledge } from '../../../scripts/lib/knowledge.ts';

const knowledge = loadKnowledge('content');

/** Hostile nesting: every tree walk in extraction must be iterative or depth-bounded. */
const CASES: Record<string, string> = {
  'a quote nested 5,000 deep': '# T\n\n' + '>'.repeat(5000) + ' 2021-01-01 10:00 告警 kafka 延迟\n',
  'quotes nesting one deeper per line': '# T\n\n' + Array.from({ length: 2000 }, (_, i) => '>'.repeat(i + 1) + ' x').join('\n'),
  'a list nested 2,000 deep': '# T\n\n' + Array.from({ length: 2000 }, (_, i) => '  '.repeat(i) + '- 10:00 告警 ' + i).join('\n'),
  'emphasis 5,000 deep': '# T\n\n' + '*'.repeat(5000) + 'x' + '*'.repeat(5000),
};

describe('ingestReport on deeply nested input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    for (const path of ['x.md', 'x.txt']) {
      it(`survives ${name} (${path})`, () => {
        const result = ingestReport({ text, sourcePath: path, encoding: 'utf-8' }, knowledge);
        expect(result.data.title).toBeTruthy();
      });
    }
  }
});
