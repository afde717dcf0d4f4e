/**
 * Step 6: symptoms, causes, fixes and action items as short statements with their source lines.
 * Units inside a section whose heading names a role are taken for that role (a sentence that names a cause
 * outright moves to causes); everywhere else — summaries, investigations, timelines, headingless prose —
 * a unit is kept only when its cue phrases (cues.ts) point clearly to one field. Statements are cut to the
 * clause around their cue, deduplicated, and the total kept below a share of the body: extraction, not copying.
 */
import { FACT_FIELDS, isStrongCause, scoreCues, topField, type FactField } from './cues.ts';
import { groupClauses, isLong, measure } from './clauses.ts';
import { ROLE_SCORE, MAX_SHARE, copiedLength, dedupe, dedupeAgainst, limitFacts, newActionItems } from './fact-budget.ts';
import type { Section, SectionRole } from './sections.ts';
import { labelRoleOf } from './section-roles.ts';
import { collectUnits, type Unit } from './units.ts';
import { hasHan } from './text.ts';
import { dropAsides } from './filler.ts';
import { shortenStatement } from './shorten.ts';
import { pointsBack, splitCausal, type CausalSplit } from './causal.ts';
import { parseDateTimes } from './dates.ts';
import { answerToWhy, isAboutFinding, isGap, isPlan, isSearchStep, statementOf } from './statement.ts';
import { learnedActionItems, learnedFixes } from './learned-facts.ts';
import { MIN_LATIN_STATEMENT, MIN_STATEMENT, checkedFacts, isRuledOut } from './fact-checks.ts';

export type { FactField } from './cues.ts';

export interface Fact {
  field: FactField;
  text: string;
  line: number;
  /** How sure the field is: role sections score high, cue-only statements by their cue weights. */
  score: number;
  /** The unit it was read from. */
  unit: Unit;
  /** The causal sentence a cause was cut from ("X caused Y" → X): classification weighs the whole chain. */
  whole?: string;
}

export interface Facts {
  symptoms: string[];
  causes: string[];
  fixes: string[];
  action_items: string[];
  lines: Record<FactField, number[]>;
  items: Fact[];
  /** What classification weighs: the kept statements, and the causes the share left out (a cause is the best evidence of a root-cause category whether or not it fits). */
  evidence: Fact[];
}

/** Cue weight a unit outside a role section needs. */
const CUE_THRESHOLD = 1.5;
/** Timelines and summaries are dense with facts: a lower bar there. */
const LOOSE_THRESHOLD = 1;
/** Inside a role section, another field's cues must be this strong (and the role's absent) to move a unit. */
const OVERRIDE = 3;
const DETAIL_SCORE = 5;
/** A unit outside role sections is also given its second field when that one is this strong ("X caused Y"). */
const SECOND_THRESHOLD = 3;
/** Unused share (of the whole) above which a report gets a second, looser look; and the cue bar of that look. */
const SECOND_LOOK = 0.3;
const FLOOR = 0.5;

const ROLE_FIELDS: Partial<Record<SectionRole, FactField>> = {
  symptoms: 'symptoms', causes: 'causes', fixes: 'fixes', action_items: 'action_items',
};
const SKIPPED_ROLES = new Set<SectionRole>(['background', 'other']);

export function extractFacts(sections: Section[], bodyLength: number): Facts {
  const units = collectUnits(sections);
  const candidates: Fact[] = [];
  for (const unit of units) candidates.push(...classifyUnit(unit));
  const stated = withAntecedentCauses(withTriggers(candidates), units);
  const found = dedupe(stated);
  // statements found clearly get their whole sentence back first; then, if much of the share is still unused, a
  // second, looser look adds statements to fill the room left
  let kept = limitFacts(found, bodyLength * MAX_SHARE);
  kept = withWholeSentences(kept, bodyLength * MAX_SHARE - copiedLength(kept));
  const room = bodyLength * MAX_SHARE - copiedLength(kept);
  if (room > bodyLength * MAX_SHARE * SECOND_LOOK) {
    // only units that gave nothing the first time: one that did has been read
    const read = new Set(stated.map((f) => f.unit));
    const extra: Fact[] = [];
    for (const unit of units) if (!read.has(unit)) extra.push(...classifyUnit(unit, FLOOR));
    kept = [...kept, ...limitFacts(dedupeAgainst(extra, kept), room)].sort((a, b) => a.line - b.line);
  }
  // what the share still has room for goes to the fixes the learned model finds in sentences no rule read
  const read = new Set([...stated, ...kept].map((f) => f.unit));
  const left = bodyLength * MAX_SHARE - copiedLength(kept);
  if (left > 0) {
    const learned = limitFacts(dedupeAgainst(learnedFixes(units, read), kept), left);
    if (learned.length) kept = [...kept, ...learned].sort((a, b) => a.line - b.line);
    for (const fact of learned) read.add(fact.unit);
  }
  const keptUnits = new Set(kept.filter((f) => f.field === 'causes').map((f) => f.unit));
  const evidence = [...kept, ...found.filter((f) => f.field === 'causes' && !keptUnits.has(f.unit))].map((f) => (f.whole ? { ...f, text: f.whole } : f));
  // action items the learned model finds in sentences still unread: they take no share, and come after the
  // evidence so that they weigh nothing in the categories
  const actions = newActionItems(learnedActionItems(units, read), kept);
  if (actions.length) kept = [...kept, ...actions].sort((a, b) => a.line - b.line);
  const facts: Facts = { symptoms: [], causes: [], fixes: [], action_items: [], lines: { symptoms: [], causes: [], fixes: [], action_items: [] }, items: kept, evidence };
  for (const fact of kept) {
    facts[fact.field].push(fact.text);
    facts.lines[fact.field].push(fact.line);
  }
  return facts;
}

/**
 * "15:02 交易中台在 Nacos 控制台修改限流规则" at the top of a timeline, before anything was seen to break: a change
 * made before the first symptom is what set the incident off, not a fix of it. Only timed entries (their order is
 * the story's) and only changes (a restart or a scale-up made ahead of a peak is no trigger).
 */
function withTriggers(candidates: Fact[]): Fact[] {
  const firstSign = candidates.find((f) => f.unit.timed && f.field === 'symptoms');
  if (!firstSign) return candidates;
  return candidates.map((f) =>
    f.field === 'fixes' && f.unit.timed && f.unit.line < firstSign.unit.line && CHANGE_SHIPPED.test(f.text) ? { ...f, field: 'causes' as const } : f,
  );
}

const CHANGE_SHIPPED = /修改|改为|改成|改了|变更|发布|上线|部署|推送|下发|合入|合并|升级|开启|关闭|\b(?:changed|modified|deployed|released|shipped|merged|pushed|rolled out|enabled|disabled|upgraded|updated|applied|switched)\b/iu;

/** What a sentence pointing back at its cause adds to the sentence before it: as much as a stated "because". */
const POINTED_AT = 2;

/**
 * "X. As a consequence of this action, Y": X is a cause though it names none — a cause statement, or its cue
 * score raised when it was one already. Only the sentence just before, in the same section.
 */
function withAntecedentCauses(candidates: Fact[], units: Unit[]): Fact[] {
  const pointedAt = new Set<Unit>();
  for (let i = 1; i < units.length; i++) {
    const [before, unit] = [units[i - 1], units[i]];
    if (before.section === unit.section && before.source !== 'heading' && pointsBack(unit.text)) pointedAt.add(before);
  }
  if (!pointedAt.size) return candidates;
  // what a later sentence says was caused is no fix ("We restarted the brokers. This caused a rebalance storm.")
  const raised = candidates.filter((f) => f.field !== 'fixes' || !pointedAt.has(f.unit)).map((f) => (f.field === 'causes' && pointedAt.has(f.unit) ? { ...f, score: f.score + POINTED_AT } : f));
  const stated = new Set(raised.filter((f) => f.field === 'causes').map((f) => f.unit));
  for (const unit of pointedAt) {
    const text = statementOf(unit.text);
    if (stated.has(unit) || !text || isRuledOut(text) || isAboutFinding(text) || isPlan(text)) continue;
    raised.push({ field: 'causes', text: shortenStatement(text), line: unit.line, score: POINTED_AT + scoreCues(text).causes, unit });
  }
  return raised;
}

/**
 * A report whose statements left room in the share: a statement cut from a longer sentence gets its whole
 * sentence back (best statements first), since the clause around a cue often leaves out who or what it was
 * about ("说可能跟 consumer 的 group 有关" without "请教架构师大佬").
 */
function withWholeSentences(kept: Fact[], room: number): Fact[] {
  if (room <= 0) return kept;
  const wider = new Map<Fact, string>();
  // two clauses of one sentence in one field grow into the same sentence: it is kept once
  const grown = new Set<string>();
  const subsumed = new Set<Fact>();
  for (const fact of [...kept].sort((a, b) => b.score - a.score)) {
    if (fact.field === 'action_items') continue;
    // a follow-up already done stays without its mark ("…三台已生效 — 已完成（11月3日）")
    const whole = shortenStatement(dropAsides(fact.field === 'fixes' && isDone(fact.unit.text) ? withoutDoneMark(fact.unit.text) : fact.unit.text));
    const key = `${fact.field}\n${whole}`;
    if (grown.has(key)) {
      subsumed.add(fact);
      room += fact.text.length;
      continue;
    }
    const extra = whole.length - fact.text.length;
    // a causal sentence stays split: its cause and its effect are two statements, each in its field
    if (extra <= 0 || extra > room || isAboutFinding(whole) || splitCausal(whole)) continue;
    wider.set(fact, whole);
    grown.add(key);
    room -= extra;
  }
  if (!wider.size) return kept;
  return kept.filter((f) => !subsumed.has(f)).map((f) => (wider.has(f) ? { ...f, text: wider.get(f)! } : f));
}

/** A secret that got out ("the token was leaked", "密钥泄露"): what was seen, and the cause of the incident too. */
const SECRET = /\b(?:tokens?|credentials?|passwords?|secrets?|api keys?|private keys?|keys)\b|密钥|密码|凭证|令牌|token/iu;
const LEAKED = /\b(?:leak(?:ed|s)?|exposed|disclosed|publicly visible)\b|泄露|泄漏|外泄/iu;

export function classifyUnit(unit: Unit, floor = Infinity): Fact[] {
  // "原因如下：", "…，设计是否合理？", "We were lucky that…": only what the unit states is classified
  const text = statementOf(unit.text);
  if (!text) return [];
  // the answer to a why-question the sentence asks is a cause ("为什么告警没有引起重视：告警级别是 warning")
  if (answerToWhy(unit.text) !== null) return [{ field: 'causes', text: shortenStatement(text), line: unit.line, score: CUE_THRESHOLD + scoreCues(text).causes, unit }];
  const facts = classifyStatement(text === unit.text ? unit : { ...unit, text }, floor).map((f) => (f.unit === unit ? f : { ...f, unit }));
  // a loop rather than flatMap and filter: this runs for every unit, and flatMap was a measurable share of it
  const out: Fact[] = [];
  for (const fact of withLeakCause(asPlans(facts, text))) {
    for (const checked of checkedFacts(fact, text, unit.section.role)) out.push(checked);
  }
  return out;
}

/** A trailing "until we …" clause: the time something lasted, told by what ended it. */
const UNTIL_TAIL = /,?\s+until\s+(?:we|they|the team|someone|engineers?|on-call|the on-call)\s+[^,;]+$/iu;

function beforeUntil(text: string): { seen: string; score: number } | null {
  const tail = UNTIL_TAIL.exec(text);
  if (!tail) return null;
  const seen = text.slice(0, tail.index);
  const score = scoreCues(seen).symptoms;
  return score >= 1 && measure(seen) >= MIN_LATIN_STATEMENT ? { seen, score } : null;
}

/**
 * The mark of a follow-up already done, in brackets or at the end. Only the tail is tried: anchored at the end, the
 * pattern would otherwise be tried from every character of every action item (it was 7 % of ingest).
 */
const DONE = /\s*[(（[]?\s*(?:[^()（）[\]]{0,12}[，,]\s*)?(?:已完成|已修复|已上线|已处理|已解决|已生效|done|completed|fixed)(?:\s*[(（][^()（）]{1,16}[)）])?\s*[)）\]]?[。.]?$/iu;
const DONE_TAIL = 40;
/** The words of DONE, searched plainly first: most action items hold none of them. */
const DONE_WORD = /已完成|已修复|已上线|已处理|已解决|已生效|done|completed|fixed/i;
const isDone = (text: string) => {
  const tail = text.slice(-DONE_TAIL);
  return DONE_WORD.test(tail) && DONE.test(tail);
};
// the separator a table cell left before the mark goes with it ("三台已生效 — 已完成（11月3日）")
const withoutDoneMark = (text: string) => (text.slice(0, -DONE_TAIL) + text.slice(-DONE_TAIL).replace(DONE, '')).replace(/[\s—–|]+$/u, '');

/** "We should…" states a plan: an action item, whichever field its cues pointed to (not a fix the report made). */
function asPlans(facts: Fact[], text: string): Fact[] {
  if (!facts.length || !isPlan(text)) return facts;
  const plans = facts.filter((f) => f.field === 'action_items');
  return plans.length ? plans : [{ ...facts[0], field: 'action_items', text: shortenStatement(text) }];
}

/** A sentence that says when (a date or a clock time), told by the timeline's own parser. */
function isDated(text: string): boolean {
  return parseDateTimes(text).length > 0;
}

function classifyStatement(unit: Unit, floor: number): Fact[] {
  // "影响：约 2300 笔回调被拒绝", "Root cause: …": a statement's own label says its role, whatever the section's
  const labelled = labelRoleOf(unit.text) ?? unit.label ?? unit.section.role;
  // "背景 … 3 月 14 号晚上 9 点多，值班群开始刷告警": a dated sentence in the background is where the story begins
  const role = labelled === 'background' && isDated(unit.text) ? null : labelled;
  if (role && SKIPPED_ROLES.has(role)) return [];
  const scores = scoreCues(unit.text);
  // a step of the investigation written under a role heading is read by its cues, like any narrative
  const ownField = role ? ROLE_FIELDS[role] : undefined;
  const roleField = ownField && ownField !== 'action_items' && isSearchStep(unit.text, ownField) ? undefined : ownField;
  const fact = (field: FactField, text: string, score: number): Fact => ({ field, text: shortenStatement(field === 'causes' ? withoutIncidentEffect(text) : text), line: unit.line, score, unit });
  // "Missing X", or a lesson stated as a finding ("most alerting is run inside the cluster itself"): what the
  // incident showed was wrong is a contributing factor too, and stays a lesson
  if (roleField === 'action_items' && !unit.detail && isFinding(unit, scores)) {
    return [fact('action_items', unit.text, ROLE_SCORE), fact('causes', unit.text, isGap(unit.text) ? ROLE_SCORE : LESSON_SCORE + scores.causes)];
  }
  if (roleField) {
    const field = fieldInRoleSection(roleField, unit, scores);
    // a later sentence of a list item states the item's field only with a cue of its own — except under a causes
    // heading, where it is how the cause worked ("The key had been committed years earlier. Secret scanning was
    // enabled only for new commits, so the old secret was never flagged.")
    if (unit.detail && field !== 'causes' && scores[field] < CUE_THRESHOLD) return [];
    const out = [fact(field, unit.text, (unit.detail ? DETAIL_SCORE : ROLE_SCORE) + scores[field])];
    if (field === 'causes') out.push(...effectAsSymptom(unit, 1.5));
    else out.push(...causeOfEffect(unit));
    if (roleField !== 'action_items' && !unit.detail && isLong(unit.text)) out.push(...extraFromLongRoleUnit(unit, field));
    // "镜像修复，chronyd 默认启用（已完成）", "Pin the library version (done)": a follow-up already done is a fix as well
    if (field === 'action_items' && isDone(unit.text)) out.push(fact('fixes', withoutDoneMark(unit.text), DETAIL_SCORE + scores.fixes));
    return out;
  }
  const threshold = Math.min(floor, role === 'timeline' || role === 'summary' ? LOOSE_THRESHOLD : CUE_THRESHOLD);
  const out: Fact[] = [];
  const groups = groupClauses(dropAsides(unit.text), threshold);
  for (const [g, group] of groups.entries()) {
    // the loose bar is for what timelines and summaries report (what was seen, what was done); a cause
    // needs the full weight everywhere
    if (!group.field || (group.field === 'causes' && group.scores.causes < Math.min(floor, CUE_THRESHOLD))) continue;
    const scores = group.scores;
    // "X caused Y" read as a cause or a symptom: X is the cause, Y what was seen, each stored once and short
    const sides = group.field === 'causes' || group.field === 'symptoms' ? causalSides(group.text) : null;
    // "This in turn caused Y": the cause was the previous sentence; what this one adds is Y, a symptom
    if (sides?.anaphoric) {
      out.push(fact('symptoms', sides.effect, Math.max(scores.symptoms, 1)));
      continue;
    }
    // "因为前面的经验，所以很可能是版本问题" / "Because X was seen, the root cause is Y": the reason for a belief;
    // what the sentence names as the cause is its effect side
    if (sides && concludesCause(sides)) {
      out.push({ ...fact('causes', sides.effect, scores.causes), whole: group.text });
      continue;
    }
    // "the on-call got paged because p99 had crossed 5 s": what set off the alert is what was seen
    if (sides && ALERTED.test(sides.effect)) {
      out.push(fact('symptoms', sides.cause, Math.max(scores.symptoms, 1)));
      continue;
    }
    if (sides) {
      // "发现了自己埋的一个坑，此坑确实会导致数据量下滑": a cause named by pointing back is the clause it points at
      const cause = pointedAtCause(sides.cause, g > 0 ? groups[g - 1].text : '');
      out.push({ ...fact('causes', cause, scores.causes), whole: group.text });
      if (group.field === 'symptoms' || scoreCues(sides.effect).symptoms >= 1 || namesProblem(sides.effect)) out.push(fact('symptoms', sides.effect, Math.max(scores.symptoms, 1)));
      continue;
    }
    // "… failed with 504 for 47 minutes, until we rolled back": the fix only bounds what was seen
    const bounded = group.field === 'fixes' ? beforeUntil(group.text) : null;
    if (bounded) {
      out.push(fact('symptoms', bounded.seen, bounded.score));
      continue;
    }
    out.push(fact(group.field, group.text, scores[group.field]));
    // "X caused Y": Y as a symptom; otherwise a second field that is clearly there ("Due to X, rolled back")
    const effect = group.field === 'causes' ? effectAsSymptom(unit, 1, group.text) : [];
    out.push(...effect);
    if (effect.length) continue;
    const second = topField(scores, FACT_FIELDS.filter((f) => f !== group.field && f !== 'action_items'));
    if (scores[second] >= SECOND_THRESHOLD) out.push(fact(second, group.text, scores[second]));
  }
  return out;
}

/**
 * A long statement in a role section is the section's field as a whole (shortened around its strongest cue):
 * the section says what it is, its clauses often carry no cue. A clause group in it that clearly states
 * another field ("…，于是重启了服务") is offered there too.
 */
function extraFromLongRoleUnit(unit: Unit, taken: FactField): Fact[] {
  const out: Fact[] = [];
  for (const group of groupClauses(unit.text, OVERRIDE)) {
    if (!group.field || group.field === taken || group.field === 'action_items') continue;
    if (group.scores[taken] >= group.scores[group.field]) continue;
    out.push({ field: group.field, text: shortenStatement(group.text), line: unit.line, score: group.scores[group.field], unit });
  }
  return out;
}

/** The section's field, unless the unit names a cause outright or clearly states something else. */
function fieldInRoleSection(roleField: FactField, unit: Unit, scores: Record<FactField, number>): FactField {
  const text = unit.text;
  if (roleField === 'action_items') return roleField;
  // a root-cause section's opening statement is its cause, however much of the damage it also tells
  if (roleField === 'causes' && unit.opening) return roleField;
  if (roleField !== 'causes' && isStrongCause(text) && !isAlertReason(text)) return 'causes';
  const other = FACT_FIELDS.filter((f) => f !== roleField && f !== 'action_items').sort((a, b) => scores[b] - scores[a])[0];
  // "10 月中旬库存服务改为按 SKU 加分布式锁…" under 根本原因: a change told among the causes is one of them
  if (roleField === 'causes' && other === 'fixes' && CHANGE_MADE.test(text) && !REPAIR.test(text)) return roleField;
  return scores[other] >= OVERRIDE && scores[roleField] < 1 ? other : roleField;
}

const CHANGE_MADE = /改为|改成|改用|换成|升级到|升级为|切换到|切换为|\b(?:changed|switched|moved|migrated|upgraded|updated|bumped|converted) (?:[\w.-]+ ){0,3}?(?:to|from)\b/iu;
const REPAIR = /回滚|修复|恢复|解决|止血|\b(?:rolled back|reverted|fixed|restored|recovered|resolved|mitigated)\b/iu;

/** A cause side worth a statement of its own: a pronoun or a bare noun ("The bug", "this") is not. */
const MIN_CAUSE_SIDE = 8;

/** Four Han characters say as much as four Latin words ("某次消费失败", "a bad certificate rotation"). */
function minCauseSide(cause: string): number {
  return hasHan(cause) ? MIN_CAUSE_SIDE / 2 : MIN_CAUSE_SIDE;
}

/** Both sides of a causal sentence when its cause side says something on its own. */
function causalSides(text: string): (CausalSplit & { anaphoric?: boolean }) | null {
  const split = splitCausal(text);
  if (!split || measure(split.effect) < MIN_STATEMENT) return null;
  if (measure(split.cause) >= minCauseSide(split.cause)) return split;
  return ANAPHOR.test(text) && measure(split.effect) >= MIN_CAUSE_SIDE ? { ...split, anaphoric: true } : null;
}

/** Headings of lessons drawn (not of plans made): what is stated there as a fact is a finding. */
const LESSONS = /\blessons?\b|\blearn|\btakeaways?\b|经验|教训|反思/iu;
/** A lesson's finding weighs like a cue statement with a fair cue: below what a causes section states. */
const LESSON_SCORE = 4;

function isFinding(unit: Unit, scores: Record<FactField, number>): boolean {
  if (isGap(unit.text)) return true;
  return LESSONS.test(unit.section.heading) && scores.action_items < 1 && !isPlan(unit.text) && !IMPERATIVE.test(unit.text);
}

/** "Introduce a more resilient DNS infrastructure", "增加监控": a plan written as an order. */
const IMPERATIVE = /^(?:add|introduce|improve|create|use|make|ensure|implement|review|document|set up|enable|move|run|update|increase|reduce|avoid|monitor|investigate|consider|define|build|write|automate|remove|migrate|check|test|增加|添加|引入|完善|优化|加强|建立|制定|梳理|推动|补充|避免|定期|监控|使用|提供|规范|检查)/iu;

/** The effect side names a cause more clearly than the cause side does (a conclusion drawn from evidence). */
function concludesCause(split: CausalSplit): boolean {
  const effect = scoreCues(split.effect).causes;
  return effect >= CUE_THRESHOLD && effect > scoreCues(split.cause).causes;
}

/**
 * "…caused a minor DNS related issue": the effect of a stated cause that names a problem is what was seen,
 * cue or not (but not when it names only the incident itself).
 */
const PROBLEM = /\b(?:issues?|problems?|outages?|failures?|errors?|incidents?|disruptions?)\b|故障|问题|异常|事故/iu;

function namesProblem(effect: string): boolean {
  return PROBLEM.test(effect) && !INCIDENT_ONLY.test(effect);
}

/** An effect that is only someone being alerted: its "cause" is the alert's condition. */
const ALERTED = /(?:^|,\s*)(?:(?:the\s+)?(?:on-?call(?:\s+engineer)?|we|i|someone|the team|sre)\s+(?:got|was|were|had been)\s+(?:paged|alerted|notified|woken up)|(?:an?\s+|the\s+)?(?:alert|page)s?\s+(?:fired|triggered|went off))$|(?:^|[，,]\s*)(?:值班(?:同学|人员)?|我|我们)?(?:被)?(?:告警|报警|电话叫醒|叫醒)$/iu;

/** "We got paged because X": X is why the alert fired, not why the incident happened. */
function isAlertReason(text: string): boolean {
  const split = splitCausal(text);
  return !!split && ALERTED.test(split.effect);
}

/** A cause side that only points back at a thing named before: 此坑, 这个改动, "this change", "that bug". */
const POINTING_CAUSE = /^(?:此|这个?|该|那个?)[\p{Script=Han}]{1,4}(?:确实|也|就|又|则|会|可能)*$|^(?:this|that|these|those) [a-z-]+(?: (?:also|then|in turn|indeed))?$/iu;

/** The thing a pointing cause side refers to: the clause before it, in the side itself or in the clause group before. */
function pointedAtCause(cause: string, before: string): string {
  const comma = Math.max(cause.lastIndexOf('，'), cause.lastIndexOf(','));
  if (comma > 0 && POINTING_CAUSE.test(cause.slice(comma + 1).trim())) return cause.slice(0, comma);
  return before && POINTING_CAUSE.test(cause) ? before.replace(/[，,；;：:]$/u, '') : cause;
}

/** A sentence whose cause is a pronoun pointing back ("This in turn caused …", "这又导致 …"). */
const ANAPHOR = /^(?:this|that|it|these|those|which)\b|^(?:这|此|这又|这也|这就|这样)/iu;

/** A leaked secret read as a symptom is the incident's cause as well (security reports rarely say "caused by"). */
function withLeakCause(facts: Fact[]): Fact[] {
  const leak = facts.find((f) => f.field === 'symptoms' && LEAKED.test(f.text) && SECRET.test(f.text));
  if (!leak || facts.some((f) => f.field === 'causes')) return facts;
  return [...facts, { ...leak, field: 'causes' }];
}

/** "X, leading to the incident": the effect names only the incident itself, and says nothing; X is the cause. */
const INCIDENT_ONLY = /^(?:(?:the|this|that|an?) )?(?:incident|outage|issue|problem|failure|event)$|^(?:本次|这次|此次)?(?:故障|事故|问题)$/iu;

/** The end a sentence needs before it is split (most causes end otherwise: the split is skipped). */
const INCIDENT_TAIL = /(?:incident|outage|issue|problem|failure|event|故障|事故|问题)[.。!！]?$/iu;

function withoutIncidentEffect(text: string): string {
  // only the last few characters are tested: cheap for every cause statement
  if (!INCIDENT_TAIL.test(text.slice(-12))) return text;
  const split = splitCausal(text);
  return split && INCIDENT_ONLY.test(split.effect) && text.indexOf(split.cause) < text.indexOf(split.effect) ? split.cause : text;
}

/** "X caused Y": Y is what was seen, when it reads like a symptom. */
function effectAsSymptom(unit: Unit, minimum: number, text = unit.text): Fact[] {
  const split = splitCausal(text);
  if (!split) return [];
  const score = scoreCues(split.effect).symptoms;
  return score >= minimum ? [{ field: 'symptoms', text: shortenStatement(split.effect), line: unit.line, score, unit }] : [];
}

/** "因为 X，所以 Y" / "Y due to X" in a symptoms or fixes section: X is a cause all the same. */
function causeOfEffect(unit: Unit): Fact[] {
  const split = splitCausal(unit.text);
  if (!split || isLong(split.cause) || ALERTED.test(split.effect)) return [];
  return [{ field: 'causes', text: shortenStatement(split.cause), line: unit.line, score: DETAIL_SCORE, unit }];
}
