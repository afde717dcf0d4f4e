import { describe, expect, it } from 'vitest';
import { extractTitle } from '../../../src/lib/extract/title.ts';
import { fixture, sectionsOf } from './helpers.ts';

const titleOf = (text: string, derived?: string) => extractTitle(sectionsOf(text, 'a.txt').tree, undefined, 'stem', derived);

describe('extractTitle', () => {
  it('uses a first line that reads like a title', () => {
    expect(titleOf('干货!一次kafka卡顿事故排查过程\n\n     由于一次功能上线后,导致数据下滑,给我们紧张的呢!\n')).toBe('干货!一次kafka卡顿事故排查过程');
  });
  it('skips a vote count and stops at a section label, then derives a title from the facts', () => {
    expect(titleOf(fixture('plain-zh.txt'), 'kafka-python 1.3.5 的 bug 导致日志狂刷。后来升级了')).toBe('kafka-python 1.3.5 的 bug 导致日志狂刷');
    expect(titleOf(fixture('plain-zh.txt'))).toBe('stem');
  });
  it('does not take a sentence of prose for a title', () => {
    expect(titleOf('我们有个平台，有两个模块，分别是：\n\n正文。\n', '平台故障')).toBe('平台故障');
  });
});
