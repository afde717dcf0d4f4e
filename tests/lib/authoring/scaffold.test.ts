import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/lib/authoring/check.ts';
import { languageForTitle, parseList, scaffoldInputErrors, scaffoldPostmortem, SECTIONS, slugForTitle } from '../../../src/lib/authoring/scaffold.ts';
import { SAFE_MATTER_OPTIONS } from '../../../src/lib/extract/frontmatter.ts';
import { renderBody } from '../../../src/lib/render-body.ts';
import { FIELD_ORDER, postmortemSchemaWith } from '../../../src/lib/schema.ts';
import { serializePostmortem } from '../../../src/lib/serialize.ts';
import { categories, context, fixture } from './helpers.ts';

const zh = scaffoldPostmortem({ title: 'Kafka 消费积压导致数据中断', date: '2026-11-20', language: 'zh', categories: ['capacity-overload'], technologies: ['kafka'] });
const en = scaffoldPostmortem({ title: 'Disk full on data_api', date: '2026-11-20', language: 'en' });

describe('slugForTitle', () => {
  it('slugs Latin titles and keeps Chinese characters', () => {
    expect(slugForTitle('Kafka lag: 40k messages!')).toBe('kafka-lag-40k-messages');
    expect(slugForTitle('数据库主库宕机，切换失败')).toBe('数据库主库宕机切换失败');
    expect(slugForTitle('Flink 作业 OOM (TaskManager)')).toBe('flink-作业-oom-taskmanager');
  });
  it('falls back deterministically when nothing is left, and caps the length', () => {
    expect(slugForTitle('🔥🔥!!')).toBe('postmortem');
    expect(slugForTitle('   ')).toBe('postmortem');
    expect(slugForTitle('a '.repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slugForTitle('a '.repeat(100))).not.toMatch(/-$/);
  });
});

describe('scaffoldPostmortem', () => {
  it('names the file <date>-<slug>.md', () => {
    expect(zh.fileName).toBe('2026-11-20-kafka-消费积压导致数据中断.md');
    expect(en.fileName).toBe('2026-11-20-disk-full-on-data_api.md');
  });
  it('holds every schema field but the two ingest writes (generated, source_frontmatter), in schema order', () => {
    const keys = Object.keys(matter(zh.text, SAFE_MATTER_OPTIONS).data);
    expect(keys).toEqual(FIELD_ORDER.filter((k) => k !== 'generated' && k !== 'source_frontmatter'));
  });
  it('is a draft written by hand, with quoted dates, that the site loader accepts', () => {
    const data = matter(zh.text, SAFE_MATTER_OPTIONS).data;
    expect(data).toMatchObject({ source: null, review: 'draft', date: '2026-11-20', language: 'zh', categories: ['capacity-overload'], technologies: ['kafka'] });
    expect(zh.text).toMatch(/^date: "2026-11-20"/m);
    expect(postmortemSchemaWith(categories.map((c) => c.id)).parse(data)).toEqual(zh.data);
  });
  it('has the section headings of its language in order, each with one line of guidance', () => {
    for (const [s, lang] of [[zh, 'zh'], [en, 'en']] as const) {
      const body = matter(s.text, SAFE_MATTER_OPTIONS).content;
      expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(SECTIONS[lang].map((x) => x.heading));
      for (const section of SECTIONS[lang]) expect(body).toContain(`## ${section.heading}\n\n_${section.guidance}_\n`);
    }
    expect(SECTIONS.zh.map((s) => s.heading)).toEqual(['现象', '影响', '时间线', '排查', '原因', '处理方式', '改进']);
    expect(SECTIONS.en.map((s) => s.heading)).toEqual(['Symptoms', 'Impact', 'Timeline', 'Investigation', 'Root cause', 'Resolution', 'Action items']);
  });
  it('passes the checker fresh: warnings only (no timeline, cause or fix yet)', () => {
    for (const s of [zh, en]) {
      const diags = checkText(s.fileName, s.text, context()).diagnostics;
      expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
      expect(diags.map((d) => d.rule).sort()).toEqual(['no-cause', 'no-fix', 'no-timeline']);
    }
  });
});

describe('answers', () => {
  it('parses lists written with ASCII or Chinese commas', () => {
    expect(parseList('kafka, flink，hive、 spark')).toEqual(['kafka', 'flink', 'hive', 'spark']);
    expect(parseList(undefined)).toEqual([]);
  });
  it('picks the language from the title', () => {
    expect(languageForTitle('Kafka 积压')).toBe('zh');
    expect(languageForTitle('Kafka lag')).toBe('en');
  });
  it('says what is wrong with the answers', () => {
    const known = new Set(['config-change']);
    expect(scaffoldInputErrors({ title: 'x', date: '2026-11-20', language: 'en', categories: ['config-change'], technologies: ['kafka'] }, known)).toEqual([]);
    expect(scaffoldInputErrors({ title: ' ', date: '2026-02-30', language: 'fr' as never, categories: ['nope'], technologies: ['Kafka'] }, known)).toHaveLength(5);
  });
});

describe('a hand-written postmortem', () => {
  it('renders exactly like an ingested one with the same body', () => {
    const { data, body } = fixture();
    const ingested = serializePostmortem({ ...data, source: 'content/inbox/x.md', review: 'generated' }, body);
    const handWritten = matter(serializePostmortem(data, body), SAFE_MATTER_OPTIONS);
    const twin = matter(ingested, SAFE_MATTER_OPTIONS);
    const render = (m: matter.GrayMatterFile<string>) => renderBody(m.content, m.data.format, m.data.body_offset);
    expect(render(handWritten)).toEqual(render(twin));
    expect(render(handWritten).html).toContain('id="L11"'); // the timeline's `line` values are body lines
  });
});
