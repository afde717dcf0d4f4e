/**
 * Reports written for these tests only (tests/fixtures/extract/unseen/), never used to tune the extractor:
 * a check that its rules are general. Assertions are loose — the statement is found, in the right field,
 * within the share of the body — not exact wording.
 */
import { describe, expect, it } from 'vitest';
import { ingestReport } from '../../../src/lib/ingest.ts';
import { loadKnowledge } from '../../../scripts/lib/knowledge.ts';
import { fixture } from './helpers.ts';

const knowledge = loadKnowledge('content');

function ingest(name: string, text = fixture(`unseen/${name}`)) {
  const result = ingestReport({ text, sourcePath: name, encoding: 'utf-8' }, knowledge);
  const d = result.data;
  const share = (d.symptoms.join('') + d.causes.join('') + d.fixes.join('')).length / result.body.length;
  const joined = (k: 'symptoms' | 'causes' | 'fixes' | 'action_items') => d[k].join(' | ');
  return { d, share, joined };
}

describe('unseen reports', () => {
  it('Chinese first-person narrative without headings', () => {
    const { d, share, joined } = ingest('narrative-zh.txt');
    expect(d.title).toContain('Redis');
    expect(joined('symptoms')).toMatch(/飙升|超时|打满/);
    expect(joined('causes')).toMatch(/没有归还/);
    expect(joined('fixes')).toMatch(/回滚/);
    expect(joined('symptoms')).not.toMatch(/没有什么异常/);
    expect(d.categories).toContain('resource-leak');
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('English postmortem with headings and a timeline table', () => {
    const { d, share, joined } = ingest('postmortem-en.md');
    expect(d.title).toBe('Checkout API outage on 2023-03-14');
    expect(joined('symptoms')).toMatch(/503/);
    expect(joined('causes')).toMatch(/renamed|unknown keys/);
    expect(joined('fixes')).toMatch(/revert/i);
    expect(d.action_items).toHaveLength(3);
    expect(d.timeline).toHaveLength(6);
    expect(d.categories).toContain('config-change');
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('Chinese report with 现象 / 原因 / 解决 headings', () => {
    const { d, share, joined } = ingest('sections-zh.md');
    expect(joined('symptoms')).toMatch(/查不到/);
    expect(joined('causes')).toMatch(/磁盘使用率|日志量/);
    expect(joined('fixes')).toMatch(/扩容|解除/);
    expect(joined('action_items')).toMatch(/告警/);
    expect(d.categories).toContain('storage-disk');
    expect(d.technologies).toContain('elasticsearch');
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('plain-text English narrative', () => {
    const { share, joined } = ingest('plain-en.txt');
    expect(joined('symptoms')).toMatch(/unnoticed|timed out|Nobody noticed/);
    expect(joined('causes')).toMatch(/retention policy|only reported success/);
    expect(joined('fixes')).toMatch(/raised the job timeout/);
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('English report with a "Due to …, which …" root cause and a contributing-factors list', () => {
    const { d, share, joined } = ingest('root-cause-en.md');
    expect(d.title).toBe('Search indexing stalled for six hours');
    expect(joined('symptoms')).toMatch(/could not be found|stopped appearing/);
    // the root-cause sentence: its cause (the rotation change / the files kept) and its effect, not only the "Due to" opener
    expect(joined('causes')).toMatch(/log rotation|segment files/);
    expect(joined('causes')).toMatch(/scratch volume/);
    expect(joined('causes')).toMatch(/debug level|not tested|only covered/);
    expect(joined('fixes')).toMatch(/deleted the stale segment files|raised the scratch volume quota|restarted/);
    expect(d.action_items.length).toBeGreaterThanOrEqual(3);
    expect(d.categories).toContain('storage-disk');
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('titles a report that has no title line from its cause and symptom', () => {
    const body = fixture('unseen/narrative-zh.txt').split('\n').slice(2).join('\n');
    const { d } = ingest('untitled.txt', body);
    expect([...d.title].length).toBeLessThanOrEqual(60);
    expect(d.title).toMatch(/导致/);
    expect(d.title).not.toMatch(/^上周五/);
  });
});
