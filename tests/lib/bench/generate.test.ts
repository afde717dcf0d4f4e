import { describe, expect, it } from 'vitest';
import { createRandom, generateReports } from '../../../src/lib/bench/generate.ts';

describe('generateReports', () => {
  const reports = generateReports(300, 42);
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateReports(20, 42)).toEqual(reports.slice(0, 20));
    expect(generateReports(20, 43)[0].text).not.toBe(reports[0].text);
    expect(createRandom(1)()).toBe(createRandom(1)());
  });
  it('gives reports shaped like real ones: 1–15 KB, Chinese and English, markdown and text, timelines, logs', () => {
    const bytes = reports.map((r) => Buffer.byteLength(r.text));
    expect(Math.min(...bytes)).toBeGreaterThanOrEqual(1024);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(16 * 1024);
    expect(reports.some((r) => /[\u4e00-\u9fff]/.test(r.text))).toBe(true);
    expect(reports.some((r) => !/[\u4e00-\u9fff]/.test(r.text))).toBe(true);
    expect(reports.filter((r) => r.name.endsWith('.md')).length).toBeGreaterThan(100);
    expect(reports.filter((r) => r.name.endsWith('.txt')).length).toBeGreaterThan(50);
    expect(reports.every((r) => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(r.text))).toBe(true);
    expect(reports.some((r) => r.text.includes('```log\n'))).toBe(true);
    expect(new Set(reports.map((r) => r.name)).size).toBe(reports.length);
  });
  it('seldom repeats a statement across reports, as real reports do not (the extractor memoises by sentence)', () => {
    const statements = reports.flatMap((r) => r.text.split(/\n|(?<=[。.])\s*/)).map((l) => l.replace(/^[-\d.\s:]+/, '').trim()).filter((l) => l.length >= 12 && !l.startsWith('```') && !/^\d{4}-/.test(l));
    const distinct = new Set(statements).size;
    expect(distinct / statements.length).toBeGreaterThan(0.4);
  });
});
