import { describe, expect, it } from 'vitest';
import { FACT_MODEL, cueInputs, fieldProbability, unitFeatures, wordsOf } from '../../../src/lib/extract/fact-model.ts';
import { trainFieldModel, TRAIN_DEFAULTS, type Example } from '../../../src/lib/extract/fact-model-train.ts';
import { learnedActionItems, learnedFixes } from '../../../src/lib/extract/learned-facts.ts';
import { collectUnits } from '../../../src/lib/extract/units.ts';
import { scoreCues } from '../../../src/lib/extract/cues.ts';
import { classifyUnit, extractFacts } from '../../../src/lib/extract/facts.ts';
import { factsOf, sectionsOf } from './helpers.ts';

describe('wordsOf', () => {
  it('gives Latin words of two letters or more and Han bigrams, each once', () => {
    expect(wordsOf('Rolled back the DB, rolled back again: 5 s')).toEqual(['rolled', 'back', 'the', 'db', 'again']);
    expect(wordsOf('回滚版本')).toEqual(['回滚', '滚版', '版本']);
    expect(wordsOf('把 consumer 扩到 20 个')).toEqual(['把', 'consumer', '扩到', '个']);
  });
});

describe('fieldProbability', () => {
  const model = { bias: -1, cues: [1, 0, 0, 0], weights: { a: 2, b: 2 } };
  it('is the logistic of bias, cues and the features averaged by the root of their count', () => {
    expect(fieldProbability(model, [], [0, 0, 0, 0])).toBeCloseTo(1 / (1 + Math.E));
    expect(fieldProbability(model, ['a', 'b'], [0, 0, 0, 0])).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 4 / Math.SQRT2))));
    // an unknown word weighs nothing but still counts: a long sentence is not carried by one word
    expect(fieldProbability(model, ['a', 'x', 'y', 'z'], [0, 0, 0, 0])).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 / 2))));
    expect(fieldProbability(model, [], [3, 0, 0, 0])).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});

describe('trainFieldModel', () => {
  const example = (words: string[], positive: boolean, group: string): Example => ({ features: ['role=none', ...words.map((w) => `w:${w}`)], cues: [0, 0, 0, 0], positive, group });
  const examples: Example[] = [];
  for (const group of ['s1', 's2', 's3']) {
    for (let i = 0; i < 20; i++) examples.push(example(['rollback', `other${i % 3}`], true, group), example(['alert', `other${i % 3}`], false, group));
  }
  examples.push(example(['rollback', 'onlyhere'], true, 's1'));
  it('learns the words that tell a field, and only words seen in enough sets', () => {
    const model = trainFieldModel(examples);
    expect(fieldProbability(model, ['role=none', 'w:rollback'], [0, 0, 0, 0])).toBeGreaterThan(0.8);
    expect(fieldProbability(model, ['role=none', 'w:alert'], [0, 0, 0, 0])).toBeLessThan(0.2);
    expect(model.weights['w:onlyhere']).toBeUndefined();
  });
  it('gives the same weights every time (the committed file is reviewed as a diff)', () => {
    expect(trainFieldModel(examples)).toEqual(trainFieldModel(examples));
    expect(TRAIN_DEFAULTS.minGroups).toBeGreaterThan(1);
  });
});

describe('the committed model', () => {
  it('knows fixes and action items, trained on the own sets but never on the checks I, M, U, X and Y', () => {
    expect(Object.keys(FACT_MODEL.fields)).toEqual(['fixes', 'action_items']);
    expect(FACT_MODEL.trainedOn).not.toEqual(expect.arrayContaining(['heldout-i']));
    for (const check of ['heldout-i', 'heldout-m', 'heldout-u', 'heldout-x', 'heldout-y']) expect(FACT_MODEL.trainedOn).not.toContain(check);
  });
  it('reads a unit by its role, shape, cues and words', () => {
    const [unit] = collectUnits(sectionsOf('## 排查\n\n回滚到上一个版本后，错误率恢复正常。\n').sections).filter((u) => u.source !== 'heading');
    const features = unitFeatures(unit, scoreCues(unit.text));
    expect(features).toContain('role=investigation');
    expect(features).toContain('w:回滚');
    expect(cueInputs(scoreCues(unit.text))).toHaveLength(4);
  });
});

describe('learnedFixes', () => {
  const unitsOf = (text: string) => collectUnits(sectionsOf(text).sections);
  it('offers a fix the rules did not read, and not a plan nor a unit already read', () => {
    const units = unitsOf('## Investigation\n\nWe switched the traffic to the standby cluster and the errors stopped.\n\nWe will add an alert on the queue depth next week.\n');
    const fixes = learnedFixes(units, new Set());
    expect(fixes.map((f) => f.text)).toEqual(['We switched the traffic to the standby cluster and the errors stopped.']);
    expect(fixes[0].field).toBe('fixes');
    expect(fixes[0].score).toBeGreaterThan(1);
    expect(learnedFixes(units, new Set(units))).toEqual([]);
  });
  it('offers nothing for what is no fix', () => {
    expect(learnedFixes(unitsOf('## 现象\n\n下午开始大量用户反馈页面打不开，监控显示 5xx 比例超过 30%。\n'), new Set())).toEqual([]);
  });
  it('only fills the share the rules left: with no room, the facts are the rules alone', () => {
    const text = '## Investigation\n\nturned on the geo permissions to allow only US and CA, and pushed an nginx limit_req on /api/v2\n';
    const [unit] = unitsOf(text).filter((u) => u.source !== 'heading');
    // no cue rule reads it: the fix is the model's
    expect(classifyUnit(unit)).toEqual([]);
    expect(factsOf(text).fixes).toEqual(['turned on the geo permissions to allow only US and CA, and pushed an nginx limit_req on /api/v2']);
    expect(extractFacts(sectionsOf(text).sections, 1).fixes).toEqual([]);
  });
});

describe('learnedActionItems', () => {
  const unitsOf = (text: string) => collectUnits(sectionsOf(text).sections).filter((u) => u.source !== 'heading');
  it('offers an action item in a unit not yet read, and nothing for what was seen', () => {
    const units = unitsOf('## Retro\n\n- Alert on consumer lag per partition — @wang\n');
    expect(learnedActionItems(units, new Set()).map((f) => [f.field, f.text])).toEqual([['action_items', 'Alert on consumer lag per partition — @wang']]);
    expect(learnedActionItems(units, new Set(units))).toEqual([]);
    expect(learnedActionItems(unitsOf('## 现象\n\n下午开始大量用户反馈页面打不开，监控显示 5xx 比例超过 30%。\n'), new Set())).toEqual([]);
  });
  it('offers at most eight, the surest, in source order', () => {
    const items = Array.from({ length: 12 }, (_, i) => `- Alert on consumer lag of topic t${i} per partition — @wang`).join('\n');
    const offered = learnedActionItems(unitsOf(`## Retro\n\n${items}\n`), new Set());
    expect(offered).toHaveLength(8);
    expect(offered.map((f) => f.line)).toEqual([...offered.map((f) => f.line)].sort((a, b) => a - b));
  });
});

