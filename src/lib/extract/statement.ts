/**
 * What a unit states, before facts.ts classifies it. Narrative reports end sentences with a lead-in to what
 * follows ("…，所以还有一点：", "the contributing factors were:"), ask open questions ("Could a diff have warned
 * us?") and remark on luck ("We were lucky that…"): none of that is a symptom, cause or fix, but the statement
 * before a trailing lead-in or question often is ("问题应该出在 X 取消息过快，所以还有一点：").
 *
 * Also the kinds of statement that classification treats apart: plans (isPlan, action items whatever their
 * cues), gaps (isGap, contributing factors among the lessons), steps of an investigation (isSearchStep, not
 * the findings of a "why?" section) and statements that a cause was found without naming it (isAboutFinding).
 */
import { measure } from './clauses.ts';
import { hasHan } from './text.ts';

/** A clause that announces a list or an illustration: 如下, 以下几点, "as follows", "factors were". */
const LEAD_IN = /如下|以下|下面|几点|一点|几个|这些|如图|的是$|[是为有]$|\b(?:a number of|several|a few|the following|as follows|contributing factors)\b|\b(?:following|below|these|include[sd]?|including|here|factors?|steps|were|are|is|was)$/iu;
/** A lone clause shorter than this before a colon is a label ("最终的效果", "Related links"). */
const MIN_FINDING_HAN = 8;
const MIN_FINDING_LATIN = 10;
/** Clause boundaries of a sentence (the last one before a trailing colon or question mark). */
const CLAUSE_END = /[，,；;。.!！]\s*/gu;

/** A blog's closing words: "以上，希望对大家有帮助", "欢迎留言讨论", "Thanks for reading". */
const SIGN_OFF = /^(?:以上[，,。]?\s*)?(?:希望(?:对大家|对你|能)?有(?:所)?帮助|欢迎(?:留言|指正|交流|讨论)|有问题欢迎|谢谢(?:阅读|观看)|感谢阅读)|^(?:thanks for reading|hope (?:this|it) helps)\b/iu;
/** "为什么 X：Y", "Why X? Y": a question answered after its colon. */
const WHY_ANSWER = /^[^：:?？]{0,20}(?:为什么|为何|\bwhy\b)[^：:?？]{2,40}[：:?？]\s*(\S.{5,})$/iu;

/** "This is the story of…", "I'm writing it up because…": the report talking about itself. */
const ABOUT_THE_WRITE_UP = /^(?:we (?:want|wanted|would like|'d like) to (?:provide|share|give) (?:you )?(?:some )?(?:additional |more |further )?(?:information|details|context) (?:about|on|regarding)\b|here(?:'s| is) (?:how|what)\b[^.]{0,40}(?:went|happened|unfolded|looked)[.:]?$|下面是(?:排查|整个)?(?:过程|经过)|this is the story of|this (?:post|write-?up|article|document) (?:describes|explains|is about|covers)|in this (?:post|write-?up|article)\b)|\bi'?m writing (?:it|this) up\b/iu;

/**
 * The answer a statement gives to the why-question it opens with, or to the mystery it says is solved ("于是真相
 * 就清楚了：内存满了以后…", "It turned out: …"): a cause, whatever its cues.
 */
export function answerToWhy(text: string): string | null {
  // most statements ask nothing: a plain search for the question word spares them the anchored pattern
  if (!WHY_WORD.test(text)) return null;
  const revealed = REVEALED.exec(text);
  return WHY_ANSWER.exec(text)?.[1] ?? revealed?.[1] ?? revealed?.[2] ?? null;
}

const WHY_WORD = /为什么|为何|why|真相|原因找到|破案|水落石出|turn(?:ed|s) out|culprit|real (?:cause|problem|issue)/i;
const REVEALED = /^[^：:]{0,12}(?:真相|原因找到了|破案了?|水落石出|问题找到了)[^：:]{0,8}[：:]\s*(\S.{5,})$|^(?:it turned out|turns out|the culprit|the real (?:cause|problem|issue))\b[^:]{0,20}:\s*(\S.{5,})$/iu;

/** "We were lucky that…", "幸好…": what went well, told as luck; not what broke or what fixed it. */
const LUCK = /^(?:we were (?:very |quite |extremely )?(?:lucky|fortunate)|luckily|fortunately|thankfully|幸运的是|幸好|还好|所幸|好在)/iu;

/**
 * The statement a unit makes, or '' when it makes none: a trailing lead-in clause and a trailing question
 * clause are dropped; a unit that is only a lead-in, a question or a remark on luck states nothing.
 */
export function statementOf(raw: string): string {
  if (LUCK.test(raw) || SIGN_OFF.test(raw) || ABOUT_THE_WRITE_UP.test(raw)) return '';
  // "顺便确认了为什么告警没有引起重视：85% 的告警级别是 warning": the answer to a why is the statement
  const answer = answerToWhy(raw);
  if (answer) return statementOf(answer);
  const told = withoutNarratorTail(raw);
  // "首先重启，同步数据，问题解决，然后查找原因": the closing search is no statement, what precedes it is
  const text = isAboutFinding(told) ? withoutLastClause(told, () => true) : told;
  if (!text) return '';
  const last = text.charAt(text.length - 1);
  // an English question is an open one ("Could a diff have warned us?"); a Chinese narrator's question is
  // the hypothesis being followed ("会不会是这里有问题?"), kept as written
  if (last === '?' && !hasHan(text)) return withoutLastClause(text.slice(0, -1), () => true);
  if (last === ':' || last === '：') return isCaption(text) ? '' : withoutLastClause(text.slice(0, -1), isLeadIn);
  return text;
}

/**
 * A Chinese clause ending in a modal particle is the narrator talking ("赶紧修掉呗!", "死马当活马医吧!",
 * "没问题啊!", "给我们紧张的呢!"): a reaction or a proposal, not a fact. Dropped from the end, clause by clause.
 */
const NARRATOR_TAIL = /[呗吧啊呀嘛呢哈嘞啦]+[!！~～。.?？]*$/u;

function withoutNarratorTail(text: string): string {
  let out = text;
  for (let i = 0; i < 4 && NARRATOR_TAIL.test(out); i++) out = withoutLastClause(out.replace(/[!！~～。.?？]+$/u, ''), () => true);
  return out;
}

/** One clause ending in a colon ("当时 broker-2 挂掉前的最后几行日志：", "The alert read:"): it captions what follows. */
function isCaption(text: string): boolean {
  return !/[，,；;。.!！]/.test(text.slice(0, -1));
}

/** The text without its last clause when `drop` says so; '' when that clause was all there was. */
function withoutLastClause(text: string, drop: (clause: string) => boolean): string {
  let cut = -1;
  for (const m of text.matchAll(CLAUSE_END)) if (m.index + m[0].length < text.length) cut = m.index + m[0].length;
  const clause = text.slice(cut < 0 ? 0 : cut).trim();
  if (!drop(clause)) return text.trim();
  const rest = cut < 0 ? '' : text.slice(0, cut).replace(/[，,；;\s]+$/u, '');
  // "While X, there were several factors:": what is left is only the circumstance of the lead-in
  return SUBORDINATE_OPENER.test(rest) && !/[，,；;]/u.test(rest) ? '' : rest;
}

const SUBORDINATE_OPENER = /^(?:(?:while|although|though|whilst|when|if|as|since|because)\b|虽然|尽管|如果|当|因为)/iu;

function isLeadIn(clause: string): boolean {
  return LEAD_IN.test(clause.trim()) || measure(clause) < (hasHan(clause) ? MIN_FINDING_HAN : MIN_FINDING_LATIN);
}

/**
 * "We should…", "Going forward we will…", "后续需要…": a sentence that says what to do next is an action item,
 * whatever cue its purpose clause carries ("…to find the root cause of issues quickly").
 */
const PLAN = /^(?:(?:we|i|they|the team|our team)\s+(?:should|will|must|need to|plan to|are going to|intend to)\b|(?:going forward|moving forward|in the future|in future)\b|(?:后续|今后|以后|将来|下次|下一步)(?:需要|要|将|会|应该|应|计划)?)/iu;

export function isPlan(text: string): boolean {
  return PLAN.test(text);
}

/**
 * "Missing X", "Lack of X", "No X", "缺少 X" in a lessons-learned list: a gap the incident showed, i.e. a
 * contributing factor, written where the report draws its lessons.
 */
const GAP = /^(?:(?:missing|lack(?:ing)? of|lacked|no|not enough|insufficient|inadequate|without|absence of)\b|缺少|缺乏|没有|缺失|未(?:能|做|开|配置|设置))/iu;

export function isGap(text: string): boolean {
  return GAP.test(text) && !PLAN.test(text);
}

/**
 * A step of the search rather than its finding ("首先用生成 dump 文件分析一下", "点击 Leak Suspects 查看",
 * "…到代码中查看是否有类似线程", "We checked the logs"): narrative reports write the
 * whole hunt under a "why?" or "root cause" heading, and only the findings in it are causes.
 */
const SEARCH_STEP = /^(?:(?:首先|接着|然后|于是|最后|再)?(?:我们|我)?(?:先|又|就是|再)?(?:用(?!的)|使用(?!的)|点击|查看|看一下|看看|排查(?!初期|前期|阶段|过程|方向|思路|上[：:，,])|检查|分析一下|到代码中|打开|搜索|执行))|(?:查看|看|检查)是否|是哪些|为什么|具体实现为$|^(?:(?:we|i|they)\s+(?:then\s+|first\s+|next\s+)?(?:checked|looked (?:at|into)|ran|opened|searched|started investigating|began investigating|tried)\b)/iu;
/** "如果 key 为 null：…": how the system behaves in a case, not what happened (under a fixes heading it is a contingency plan). */
const CONDITION = /^(?:如果|假如|若|if\b)/iu;

export function isSearchStep(text: string, role: 'causes' | 'symptoms' | 'fixes'): boolean {
  return SEARCH_STEP.test(text) || (role !== 'fixes' && CONDITION.test(text));
}

/**
 * "Sean finds a possible cause for the bug", "root cause was found later", "开始排查重启原因": a statement that a
 * cause or symptom was looked for or found, without saying what it is. (Not "…determines the root cause is
 * severe I/O throttling": there the cause follows.)
 */
const ABOUT_FINDING = /\b(?:finds?|found|identif(?:y|ies|ied)|determin(?:e|es|ed)|investigat(?:e|es|ed|ing)|look(?:s|ed|ing)? (?:for|into)|search(?:es|ed|ing)? for|confirm(?:s|ed)?)\b[\w\s'’-]{0,40}?\b(?:cause|symptom|problem|issue|bug)s?(?:\s+(?:for|of|behind)\s+(?:the|this|that)\s+[\w-]+)?(?:\s+(?:later|quickly|soon|first|again))?\s*[.!]?$|\b(?:root\s+)?causes?\s+(?:was|were|has been|had been|is)\s+(?:found|identified|determined|confirmed|located)(?:\s+(?:later|quickly|soon))?\s*[.!]?$|(?:找到|找出|找不出|定位|排查|查找|分析|确认)(?:了|到)?[^，,。；;]{0,8}(?:原因|问题|根因)[。！]?$/iu;

/** Every ABOUT_FINDING match ends in one of these: most statements are passed over with one cheap test. */
const FINDING_OBJECT = /cause|symptom|problem|issue|bug|原因|问题|根因/i;

export function isAboutFinding(text: string): boolean {
  return FINDING_OBJECT.test(text) && ABOUT_FINDING.test(text);
}
