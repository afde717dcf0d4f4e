import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { SAFE_MATTER_OPTIONS } from '../../src/lib/extract/frontmatter.ts';
import { postmortemSchema } from '../../src/lib/schema.ts';
import { serializePostmortem } from '../../src/lib/serialize.ts';

const data = postmortemSchema.parse({
  title: 'Kafka: lag # 1', date: '2021-02-25', source: 'content/inbox/a.txt', language: 'zh', status: 'resolved',
  timeline: [{ at: '2021-02-25T19:56:12', when: '2021-02-25 19:56:12', text: '收到告警: 数据中断', line: 3 }],
});

describe('serializePostmortem', () => {
  it('round-trips through the safe frontmatter reader with dates kept as strings', () => {
    const text = serializePostmortem(data, '# body\n');
    const back = matter(text, SAFE_MATTER_OPTIONS);
    expect(back.content).toBe('# body\n');
    expect(postmortemSchema.parse(back.data)).toEqual(data);
    expect(back.data.date).toBe('2021-02-25');
  });
  it('is deterministic and writes keys in schema order', () => {
    const a = serializePostmortem(data, 'b');
    expect(serializePostmortem({ ...data }, 'b')).toBe(a);
    expect(a.split('\n').slice(1, 4)).toEqual(['title: "Kafka: lag # 1"', 'date: "2021-02-25"', 'source: "content/inbox/a.txt"']);
  });
});
