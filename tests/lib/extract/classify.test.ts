import { describe, expect, it } from 'vitest';
import { classifyRootCause } from '../../../src/lib/extract/classify.ts';
import { extractFacts } from '../../../src/lib/extract/facts.ts';
import type { Category } from '../../../src/lib/taxonomy.ts';
import { sectionsOf } from './helpers.ts';

const category = (id: string, zh: string[], en: string[]): Category => ({
  id, name: { zh: id, en: id }, description: { zh: id, en: id }, keywords: { zh, en }, related: [],
});
const categories = [
  category('network-dns', ['域名解析'], ['dns', 'timeout']),
  category('memory-pressure', ['内存不足'], ['oom', 'out of memory']),
  category('config-change', ['配置错误'], ['misconfiguration']),
  category('unknown', [], []),
];

function classify(text: string, title = 'Incident') {
  const { sections } = sectionsOf(text);
  const facts = extractFacts(sections, text.length * 4);
  return classifyRootCause({ title, sections, facts: facts.items }, categories);
}

describe('classifyRootCause', () => {
  it('weights a keyword in a cause section above the same keyword elsewhere, and explains itself', () => {
    const result = classify('## Impact\n\nRequests hit a timeout.\n\n## Root cause\n\nA misconfiguration of the DNS resolver.\n');
    expect(result.categories).toEqual(['network-dns', 'config-change']);
    const dns = result.evidence.find((e) => e.id === 'network-dns')!;
    expect(dns.matches).toContainEqual({ term: 'dns', line: 7, field: 'causes' });
    expect(dns.score).toBeGreaterThan(result.evidence.find((e) => e.id === 'config-change')!.score);
  });
  it('keeps only categories near the best score', () => {
    const result = classify('## 原因\n\n域名解析失败，dns 服务 timeout。\n\n## 背景\n\n去年也出过 oom。\n');
    expect(result.categories).toEqual(['network-dns']);
  });
  it('says unknown when nothing fits', () => {
    expect(classify('## 现象\n\n页面打不开。\n')).toEqual({ categories: ['unknown'], evidence: [] });
  });
});
