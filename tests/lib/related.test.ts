import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, explainRelated, type RelatedInput } from '../../src/lib/related.ts';

const item = (categories: string[], technologies: string[] = [], terms: string[] = []): RelatedInput => ({ categories, technologies, terms });

describe('related incidents', () => {
  const items = [
    item(['rebalance-or-coordination'], ['kafka'], ['consumer-lag']), // 0
    item(['rebalance-or-coordination', 'deploy-regression'], ['kafka', 'spring-kafka']), // 1
    item(['capacity-overload'], ['kafka'], ['consumer-lag']), // 2
    item(['network-dns'], ['coredns']), // 3
    item(['unknown'], ['mysql']), // 4
    item(['unknown'], ['redis']), // 5
  ];
  const index = buildRelatedIndex(items);

  it('scores shared causes above shared technologies and symptoms, and explains each', () => {
    const r = index.relatedTo(0);
    expect(r.map((m) => m.index)).toEqual([1, 2]);
    expect(r[0]).toMatchObject({ score: 5, categories: ['rebalance-or-coordination'], technologies: ['kafka'], terms: [] });
    expect(r[1]).toMatchObject({ score: 3, categories: [], technologies: ['kafka'], terms: ['consumer-lag'] });
  });
  it('leaves out incidents that share nothing, and never relates by the unknown category', () => {
    expect(index.relatedTo(3)).toEqual([]);
    expect(index.relatedTo(4)).toEqual([]);
  });
  it('is symmetric and resets its scores between lookups', () => {
    expect(index.relatedTo(1)[0]).toMatchObject({ index: 0, score: 5 });
    expect(index.relatedTo(1)[0]).toMatchObject({ index: 0, score: 5 });
  });
  it('breaks ties by nearness and honours the limit', () => {
    const many = buildRelatedIndex(Array.from({ length: 10 }, () => item(['database'])));
    expect(many.relatedTo(5, 3).map((m) => m.index)).toEqual([4, 6, 3]);
  });
  it('explains in words', () => {
    const names = { category: (id: string) => ({ 'rebalance-or-coordination': 'Rebalance' })[id] ?? id, technology: (id: string) => id, term: (id: string) => id.replace('-', ' ') };
    expect(explainRelated({ categories: ['rebalance-or-coordination'], technologies: [], terms: [] }, names)).toEqual(['same cause: Rebalance']);
    expect(explainRelated({ categories: [], technologies: ['kafka'], terms: ['consumer-lag'] }, names)).toEqual(['also kafka + consumer lag']);
    expect(explainRelated({ categories: [], technologies: ['kafka'], terms: [] }, names, { sameCause: '同样原因', also: '同样涉及' })).toEqual(['同样涉及 kafka']);
  });
});

describe('related incidents at scale', () => {
  it('picks the same top five as a full sort, quickly, over 10,000 items', () => {
    const cats = ['database', 'network-dns', 'capacity-overload', 'config-change'];
    const techs = ['kafka', 'mysql', 'redis', 'flink', 'k8s'];
    const items = Array.from({ length: 10_000 }, (_, i) => item([cats[i % 4], cats[(i * 7) % 4]], [techs[i % 5], techs[(i * 3) % 5]], i % 3 ? ['consumer-lag'] : []));
    const index = buildRelatedIndex(items);
    const start = performance.now();
    for (let i = 0; i < 200; i++) index.relatedTo(i * 50);
    const perLookup = (performance.now() - start) / 200;
    expect(perLookup).toBeLessThan(10);
    const got = index.relatedTo(1234).map((m) => [m.index, m.score]);
    const score = (j: number) => {
      const a = items[1234], b = items[j];
      const n = (x: readonly string[], y: readonly string[]) => [...new Set(x)].filter((v) => y.includes(v)).length;
      return 3 * n(a.categories, b.categories) + 2 * n(a.technologies, b.technologies) + n(a.terms, b.terms);
    };
    const expected = items.map((_, j) => j).filter((j) => j !== 1234 && score(j) >= 2)
      .sort((a, b) => score(b) - score(a) || Math.abs(a - 1234) - Math.abs(b - 1234) || a - b).slice(0, 5).map((j) => [j, score(j)]);
    expect(got).toEqual(expected);
  });
});
