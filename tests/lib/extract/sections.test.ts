import { describe, expect, it } from 'vitest';
import { roleOfHeading } from '../../../src/lib/extract/section-roles.ts';
import { fixture, sectionsOf } from './helpers.ts';

describe('roleOfHeading', () => {
  it('knows synonyms in both languages', () => {
    expect(roleOfHeading('现象')).toBe('symptoms');
    expect(roleOfHeading('直接影响')).toBe('symptoms');
    expect(roleOfHeading('处理方式')).toBe('fixes');
    expect(roleOfHeading('解决思路')).toBe('fixes');
    expect(roleOfHeading('持续提升')).toBe('action_items');
    expect(roleOfHeading('Contributing Factors')).toBe('causes');
    expect(roleOfHeading('Mitigation')).toBe('fixes');
    expect(roleOfHeading('时间线')).toBe('timeline');
  });
  it('lets the subject named last decide, except "X of Y" and why-questions', () => {
    expect(roleOfHeading('问题排查')).toBe('investigation');
    expect(roleOfHeading('总结原因')).toBe('causes');
    expect(roleOfHeading('原因分析')).toBe('causes');
    expect(roleOfHeading('Summary of impact')).toBe('symptoms');
    expect(roleOfHeading('Follow-up timeline (times in BST)')).toBe('timeline');
    expect(roleOfHeading('Timeline of events')).toBe('timeline');
    expect(roleOfHeading('为什么会出现这些现象？')).toBe('causes');
    expect(roleOfHeading("What didn't go so well?")).toBe('causes');
  });
  it('reads contractions as their full words, and a Chinese overview of the incident as its summary', () => {
    expect(roleOfHeading("What we'll do")).toBe('action_items');
    expect(roleOfHeading('What we will do')).toBe('action_items');
    expect(roleOfHeading("What didn't go well")).toBe('causes');
    expect(roleOfHeading('一、故障概述')).toBe('summary');
    expect(roleOfHeading('概述')).toBe('summary');
  });
  it('gives no role to statements and unknown labels', () => {
    expect(roleOfHeading('kafka 数据发送端开启 gzip 压缩减少流量')).toBeNull();
    expect(roleOfHeading('检查代码,找有经验的同学,对比原有功能差异点')).toBeNull();
    expect(roleOfHeading('Postmortem')).toBeNull();
  });
});

describe('splitSections', () => {
  it('splits markdown by headings, bold pseudo-headings included, and inherits roles', () => {
    const { sections } = sectionsOf(fixture('sections-en.md'));
    const roles = sections.map((s) => [s.heading, s.role, s.line]);
    expect(roles).toEqual([
      ['Checkout outage', null, 1],
      ['Summary of impact', 'symptoms', 3],
      ['Root cause', 'causes', 7],
      ['Details', 'causes', 11],
      ['Lessons learned', 'action_items', 15],
      ['What went well', 'other', 17],
      ['What went poorly', 'causes', 21],
      ['Follow-up timeline', 'timeline', 25],
      ['Action items', 'action_items', 29],
    ]);
  });
  it('finds short label lines in plain text and skips a leading vote count', () => {
    const { sections } = sectionsOf(fixture('plain-zh.txt'), 'a.txt');
    expect(sections.map((s) => [s.heading, s.role, s.headingKind])).toEqual([
      ['', null, 'none'],
      ['背景', 'background', 'line'],
      ['踩坑经过', 'investigation', 'line'],
    ]);
  });
  it('reads a numbered one-line item followed by prose as a step heading in plain text', () => {
    const { sections } = sectionsOf('intro\n\n1. 确认问题的真实性?\n\n   被告知数据量下滑。\n\n2. 改异步请求为同步请求?\n\n   改成同步请求。\n', 'a.txt');
    expect(sections.map((s) => [s.heading, s.headingKind, s.line])).toEqual([
      ['', 'none', 1],
      ['确认问题的真实性?', 'numbered', 3],
      ['改异步请求为同步请求?', 'numbered', 7],
    ]);
  });
  it('treats a label line ending in a colon as a heading in markdown too', () => {
    const { sections } = sectionsOf('# 记一次排查\n\n查了日志。\n\n总结：\n\n1，不要着急。\n');
    expect(sections.at(-1)).toMatchObject({ heading: '总结', role: 'action_items', line: 5 });
  });
});
