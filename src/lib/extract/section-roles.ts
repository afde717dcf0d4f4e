/**
 * The role of a section, told from its heading: bilingual synonyms, matched as whole words (Latin) or
 * substrings (Chinese). When several synonyms match, the one that ends last wins: headings name their
 * subject last in both languages (问题排查 is investigation, 总结原因 is causes, "Follow-up timeline" is a
 * timeline), except that "X of Y" is about X ("Timeline of events") and a why-question asks for causes.
 */
import { rememberRecent } from './text.ts';

export const SECTION_ROLES = ['symptoms', 'investigation', 'causes', 'fixes', 'action_items', 'timeline', 'background', 'summary', 'other'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

const SYNONYMS: Record<SectionRole, string[]> = {
  symptoms: [
    '现象', '问题', '影响', '直接影响', '故障现象', '问题现象', '问题描述', '故障描述', '异常', '异常点', '症状', '表现', '故障', '事故',
    '影响范围', '问题的出现',
    'symptom', 'symptoms', 'impact', 'summary of impact', 'customer impact', 'user impact', 'what was impacted',
    'what broke', 'what we saw', 'what we observed', 'what users saw', 'what customers saw', 'observations', 'affected', 'problem', 'problem statement', 'observed behavior', 'observed behaviour', 'incident description',
  ],
  investigation: [
    '排查', '分析', '过程分析', '问题排查', '问题定位', '定位', '排查过程', '排查经过', '经过', '调查', '诊断', '复现', '模拟复现',
    '处理过程', '事故经过', '故障经过', '过程', '检测', '发现',
    'investigation', 'investigating', 'detection', 'diagnosis', 'analysis', 'debugging', 'troubleshooting', 'discovery',
    'how we found it', 'response', 'incident response', 'reproduction', 'how did we respond', 'how we responded',
  ],
  causes: [
    '原因', '根因', '根本原因', '总结原因', '原因分析', '问题原因', '故障原因', '直接原因', '触发', '诱因', '可疑', '结论', '根源', '元凶', '罪魁祸首', 'culprit',
    'cause', 'causes', 'root cause', 'root causes', 'trigger', 'triggers', 'contributing factors', 'contributing factor',
    'what went wrong', 'what did not go so well', 'what did not go well', 'what went poorly', 'why',
    'conclusion', 'conclusions', 'causal analysis', 'rca', 'root cause analysis', 'root-cause analysis', 'five whys', '5 whys',
    'what caused it', 'what caused this', 'why it happened', 'why this happened', 'why did it happen', 'why did this happen', '根因分析', '根本原因分析', '次要原因', '间接原因', '放大因素', '加剧因素', '促成因素',
    // what went wrong on our side, as Chinese reviews head it (不是 问题 alone: that is what was seen)
    '暴露的问题', '暴露出的问题', '存在的问题', '过程中的问题', '处理过程中的问题', '不足之处',
  ],
  fixes: [
    '解决', '处理', '处理方式', '具体解决', '解决思路', '调整方案', '解决方案', '解决办法', '修复', '恢复', '快速恢复', '止损', '应急',
    '临时方案', '规避', '处理措施', '应对', '应急处理', '修复方案', '根治', '根治方案', '止血', '止血措施', '热修', '热修复',
    'resolution', 'mitigation', 'mitigations', 'fix', 'fixes', 'the fix', 'recovery', 'remediation', 'workaround',
    'how we fixed it', 'what we did', 'solution', 'fixed by', 'fixed', 'resolved by', 'what fixed it', 'fix applied', 'resolution and recovery', 'corrective action', 'corrective actions', 'hotfix', 'temporary fix', 'short-term fix',
  ],
  action_items: [
    '改进', '后续', '持续提升', '改进措施', '改进项', '后续计划', '后续改进', '待办', '行动项', '总结', '经验', '教训', '经验教训',
    '反思', '预防', '防范', '建议', '跟进', '持续改进', '下周计划', '下周工作', '下阶段计划',
    'action items', 'action item', 'actions', 'follow-up', 'follow up', 'followup', 'follow-ups', 'lessons learned', 'lessons',
    'what we will do', 'what we will change', 'what we are doing about it', 'what we are changing', 'next steps', 'prevention', 'improvements',
    'takeaways', 'what i would do differently', 'what we would do differently', 'what we learned', 'what i learned', 'future work', 'preventive measures', 'preventive action', 'preventive actions', 'corrective and preventive actions', 'todo',
    // "How are we making incidents like this less likely or less impactful?", "What we're doing to prevent this"
    'prevent', 'preventing', 'recurrence',
  ],
  timeline: ['时间线', '时间轴', '时间表', '时间节点', 'timeline', 'timeline of events', 'chronology', 'sequence of events'],
  background: [
    '背景', '场景', '简介', '前言', '架构', '项目回顾', '项目背景', '介绍',
    'background', 'context', 'overview', 'introduction', 'architecture', 'setup',
  ],
  summary: ['摘要', '概要', '概述', '故障概述', '事故概述', '事件概述', '问题概述', '小结', 'summary', 'what happened', 'tl;dr', 'tldr', 'executive summary', 'incident summary'],
  other: [
    '参考', '附', '附录', '附件', '致谢', '感谢', '相关链接', '参考资料',
    'what went well', 'where we got lucky', 'attendees', 'stats', 'appendix', 'appendinx', 'references', 'thanks',
    'acknowledgements', 'acknowledgments', 'glossary', 'supporting information',
  ],
};

interface Match { role: SectionRole; start: number; end: number }

const LABELS = new Set(Object.values(SYNONYMS).flat());

/** The heading is a synonym itself (`现象`, `WHAT WE SAW`), not a phrase holding one (`现象很奇怪`). */
export function isRoleLabel(heading: string): boolean {
  // "timeline (utc)", "处理过程（北京时间）": a note in brackets after the label does not make it a phrase
  return LABELS.has(normalise(heading).replace(TRAILING_NOTE, ''));
}

const TRAILING_NOTE = /\s*[(（][^()（）]{1,30}[)）]$/u;

/** Roles with the synonym that names them, longest first, so that overlapping matches keep the specific one. */
const PATTERNS = Object.entries(SYNONYMS)
  .flatMap(([role, words]) => words.map((word) => ({ role: role as SectionRole, word })))
  .sort((a, b) => b.word.length - a.word.length);

/** Label-like heading text: a few words, not a sentence. */
const MAX_LABEL = 24;
/** A heading that asks may run longer (a post-incident review's standard questions). */
const MAX_QUESTION = 100;

/** The role a heading names. Headings repeat across reports ("Timeline", "Root cause", "原因"): recent answers are remembered. */
export const roleOfHeading: (heading: string) => SectionRole | null = rememberRecent((heading) => findRole(heading), 2048);

function findRole(heading: string): SectionRole | null {
  const text = normalise(heading);
  if (!text) return null;
  // "How are we making incidents like this less likely or less impactful?": a long heading that asks, read by what it asks
  if ([...text].length > MAX_LABEL * 2) return text.endsWith('?') && [...text].length <= MAX_QUESTION ? askedRole(text) : null;
  const question = QUESTION.exec(text);
  if (question) return askedRole(text.slice(question[0].length));
  // "原因小结", "处理总结": a summing-up of causes (of fixes) is the causes (fixes) section
  const summed = SUMMED.exec(text);
  const summedRole = summed ? findRole(summed[1]) : null;
  if (summedRole && SUMMABLE.has(summedRole)) return summedRole;
  if (/^(为什么|为何|why\b)/.test(text)) return 'causes';
  const matches: Match[] = [];
  for (const { role, word } of PATTERNS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (/[a-z]/.test(word) && !isWholeWord(text, at, end)) continue;
      if (matches.some((m) => m.start <= at && m.end >= end)) continue;
      matches.push({ role, start: at, end });
    }
  }
  const kept = matches.filter((m) => !/\bof\s+$/.test(text.slice(0, m.start)));
  if (!kept.length) return null;
  if (isSentence(text) && !kept.some((m) => m.start === 0)) return null;
  kept.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  return kept[0].role;
}

const SUMMED = /^(\p{Script=Han}{2,6}?)(?:小结|总结|汇总|梳理)$/u;
const SUMMABLE = new Set<SectionRole>(['causes', 'fixes', 'action_items', 'timeline']);

/** "**问：为什么会缺？**", "Q: Why did the failover pick db-3?": a transcript's question heads its answer. */
const QUESTION = /^(?:问|提问|q|question)\s*\d*\s*[:：.]\s*/;

/** What a question asks for, by its words; the first that fits wins ("为什么不…" weighs an alternative). */
const ASKS: [RegExp, SectionRole | null][] = [
  [/为什么不|为何不|\bwhy (?:not|did not|do not|was not|were not)\b/, null],
  // what customers can do on their side is advice, not the incident's facts; what makes a repeat less likely is a follow-up
  [/\bhow can (?:customers|users|you)\b/, 'other'],
  [/\bless likely\b/, 'action_items'],
  [/为什么|为何|原因|怎么会|根因|\bwhy\b|\bcaused?\b|root cause/, 'causes'],
  [/影响|什么错|什么现象|\bimpact|\baffected\b|\bsymptoms?\b|\bwhat did (?:you|we|users?|customers?) see\b/, 'symptoms'],
  [/后续|改进|下一步|避免|防止|\bfollow[- ]?ups?\b|\bnext\b|\bprevent|\bgoing forward\b|\blessons?\b/, 'action_items'],
  [/处理|解决|恢复|止血|修复|\bfix|\bresolv|\bmitigat|\brecover/, 'fixes'],
  [/发生了什么|经过|\bwhat happened\b/, 'summary'],
];

function askedRole(question: string): SectionRole | null {
  return ASKS.find(([words]) => words.test(question))?.[1] ?? null;
}

function normalise(heading: string): string {
  return expandContractions(heading.toLowerCase().replace(/[’‘]/g, "'")).replace(/[*_`#]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "What we'll do", "What didn't go well": one spelling of each synonym serves both forms. */
function expandContractions(text: string): string {
  return text.includes("'") ? text.replace(/n't\b/g, ' not').replace(/'ll\b/g, ' will').replace(/'re\b/g, ' are').replace(/'ve\b/g, ' have').replace(/'d\b/g, ' would') : text;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  return !/[a-z0-9]/.test(text[start - 1] ?? '') && !/[a-z0-9]/.test(text[end] ?? '');
}

/** A long heading is a statement ("kafka 数据发送端开启 gzip 压缩减少流量"), not a label; only a leading synonym counts. */
function isSentence(text: string): boolean {
  if (/[,，。;；]|[?？]$/.test(text)) return true;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[a-z]+/g)?.length ?? 0;
  return han + words * 2 > MAX_LABEL;
}

/** The role a statement's leading label names ("影响：", "**原因一句话**：", "Root cause:"), or null. */
export function labelRoleOf(text: string): SectionRole | null {
  const label = LABEL_PREFIX.exec(text)?.[1];
  if (!label) return null;
  // a label proper ("影响", "Root cause"), not a phrase holding one ("问题来了", "Time to recovery")
  return isRoleLabel(label) ? roleOfHeading(label) : null;
}

const LABEL_PREFIX = /^([\p{Script=Han}]{2,8}|[A-Za-z][A-Za-z ]{2,24})[:：]\s*\S/u;
