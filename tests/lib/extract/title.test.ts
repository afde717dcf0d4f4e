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
  it("takes an email's or a notice's subject line, not its From line", () => {
    const email = 'From: Dana Whitfield <dana@corvan.io>\nTo: eng-all@corvan.io\nSubject: Postmortem: mTLS failures after the CA rotation\n\nHi all,\n\n# Timeline\n';
    expect(titleOf(email)).toBe('Postmortem: mTLS failures after the CA rotation');
    const notice = '主题：关于前天晚上直播间进房失败的情况通报\n发布：技术保障部　日期：2024-11-13\n\n各位同事：\n';
    expect(titleOf(notice)).toBe('关于前天晚上直播间进房失败的情况通报');
  });
  it('does not read a lone "Subject:" line as a header', () => {
    expect(titleOf('Subject: why the brokers fell over\n\nIt was a long night, and nobody slept.\n')).toBe('Subject: why the brokers fell over');
  });
  it("takes the incident's heading inside a weekly report or a status page's history, not the container's", () => {
    const weekly = '# 基础架构组运维周报（2024/1/29 - 2024/2/4）\n\n## 本周概况\n\n变更 12 次。\n\n## 故障：支付流水月表缺失导致回调入库失败（P2）\n\n2 月 1 日 00:05 起回调入库失败。\n';
    expect(extractTitle(sectionsOf(weekly, 'a.md').tree, undefined, 'stem')).toBe('故障：支付流水月表缺失导致回调入库失败（P2）');
    const status = '# Relaybird Status — Incident history\n\n## Webhook deliveries delayed and failing\n\nResolved.\n';
    expect(extractTitle(sectionsOf(status, 'a.md').tree, undefined, 'stem')).toBe('Webhook deliveries delayed and failing');
    // a container with no incident heading inside keeps its own title; so does a report whose title is no container
    expect(extractTitle(sectionsOf('# SRE 周报 第 37 周\n\n## 本周概况\n\n平稳。\n', 'a.md').tree, undefined, 'stem')).toBe('SRE 周报 第 37 周');
    expect(extractTitle(sectionsOf('# 支付回调失败复盘\n\n## 故障：月表缺失导致入库失败\n', 'a.md').tree, undefined, 'stem')).toBe('支付回调失败复盘');
  });
});
