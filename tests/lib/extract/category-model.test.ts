import { describe, expect, it } from 'vitest';
import { CATEGORY_MODEL, candidateInputs, categoryProbability } from '../../../src/lib/extract/category-model.ts';
import { chooseCategories } from '../../../src/lib/extract/classify.ts';
import type { CategoryEvidence } from '../../../src/lib/schema.ts';
import type { Category } from '../../../src/lib/taxonomy.ts';

const evidence = (id: string, score: number, fields: string[]): CategoryEvidence => ({
  id,
  score,
  matches: fields.map((field, i) => ({ term: `${id}-${i % 2}`, line: i + 1, field })),
});
const category = (id: string, yieldsTo: string[] = []): Category => ({
  id, name: { zh: id, en: id }, description: { zh: id, en: id }, keywords: { zh: [], en: [] }, related: [], yields_to: yieldsTo,
});

describe('candidateInputs', () => {
  const scored = [evidence('a', 8, ['causes', 'causes', 'title']), evidence('b', 4, ['symptoms', 'body']), evidence('c', 2, []), evidence('d', 1, []), evidence('e', 0.5, [])];
  it('names the rank (fourth and later alike) and the category', () => {
    expect(candidateInputs(scored, 0).features).toEqual(['rank=0', 'category=a']);
    expect(candidateInputs(scored, 4).features).toEqual(['rank=3', 'category=e']);
  });
  it('gives the score, its share of the best, its lead over the next, its distinct terms and where its evidence stands', () => {
    const [score, share, lead, terms, ...places] = candidateInputs(scored, 0).inputs;
    expect(score).toBeCloseTo(Math.log1p(8));
    expect(share).toBe(1);
    expect(lead).toBeCloseTo(0.5);
    expect(terms).toBeCloseTo(2 / 5);
    // causes, title, symptoms, fixes, action items, anything else
    expect(places).toEqual([0.5, 0.25, 0, 0, 0, 0]);
    expect(candidateInputs(scored, 1).inputs.slice(1, 3)).toEqual([0.5, 0.25]);
    expect(candidateInputs(scored, 1).inputs.slice(4)).toEqual([0, 0, 0.25, 0, 0, 0.25]);
    // the last candidate leads over nothing: its whole score
    expect(candidateInputs(scored, 4).inputs[2]).toBeCloseTo(0.5 / 8);
  });
});

describe('categoryProbability with the committed model', () => {
  it('finds a clear leader with its evidence in the causes likelier than a distant candidate seen only in prose', () => {
    const scored = [evidence('network-dns', 12, ['causes', 'causes', 'title']), evidence('database', 1.5, ['body'])];
    expect(categoryProbability(scored, 0)).toBeGreaterThan(0.5);
    expect(categoryProbability(scored, 1)).toBeLessThan(categoryProbability(scored, 0));
  });
  it('was trained on the training sets only', () => {
    expect(CATEGORY_MODEL.trainedOn).not.toContain('heldout-i');
    expect(CATEGORY_MODEL.trainedOn).toHaveLength(20);
  });
});

describe('chooseCategories', () => {
  // a model that reads only the share of the best score: p = 0.5 for half of it
  const model = { bias: -4, cues: [0, 8, 0, 0, 0, 0, 0, 0, 0, 0], weights: {} };
  const categories = [category('a'), category('b'), category('c', ['a']), category('d'), category('e')];
  it('keeps the likely candidates, at most three, in the order of their scores', () => {
    const scored = [evidence('a', 10, []), evidence('b', 9, []), evidence('d', 8, []), evidence('e', 7, []), evidence('c', 1, [])];
    expect(chooseCategories(scored, categories, model, 0.5).categories).toEqual(['a', 'b', 'd']);
    expect(chooseCategories(scored, categories, model, 0.93).categories).toEqual(['a', 'b']);
  });
  it('drops a candidate that yields to a likelier one, and says unknown when none is likely', () => {
    expect(chooseCategories([evidence('a', 10, []), evidence('c', 9, [])], categories, model, 0.5).categories).toEqual(['a']);
    expect(chooseCategories([evidence('a', 10, [])], categories, model, 0.99)).toEqual({ categories: ['unknown'], evidence: [] });
    expect(chooseCategories([], categories, model, 0.5)).toEqual({ categories: ['unknown'], evidence: [] });
  });
});
