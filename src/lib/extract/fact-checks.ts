/**
 * After a statement is classified, what it says can still move it to another field or drop it: a fix that failed
 * is what was seen, a change the investigation found is a cause, a recovery with no act behind it is no fix, and a
 * duration, a statement of no harm, something that was fine or a cause ruled out is no fact at all. facts.ts
 * classifies; this file checks.
 */
import type { Fact } from './facts.ts';
import type { SectionRole } from './sections.ts';
import { measure } from './clauses.ts';
import { scoreCues } from './cues.ts';
import { pointsBack } from './causal.ts';
import { isAboutFinding, isPlan } from './statement.ts';
import { hasHan } from './text.ts';

/**
 * Both checks in turn: the fact in the field its words say (inItsField), kept only where it states something of
 * that field (isStatementOfItsField). Every statement of every unit passes here: the array inItsField made is
 * returned as it is when nothing is dropped.
 */
export function checkedFacts(fact: Fact, text: string, role: SectionRole | null): Fact[] {
  const moved = inItsField(fact, text);
  const states = (checked: Fact) => isStatementOfItsField(checked, text, role);
  return moved.every(states) ? moved : moved.filter(states);
}

/**
 * The fact in the field its words say, or nothing: a fix left undone, a change the investigation found or an act
 * that made things worse is a cause; a fix that failed or only tells a recovery, and a cause that is only an
 * effect, are what was seen.
 * `text` is the whole statement the fact was read from.
 */
function inItsField(fact: Fact, text: string): Fact[] {
  const moved =
    (fact.field === 'fixes' && (LEFT_UNDONE.test(fact.text) || FOUND_CHANGE.test(text) || MADE_WORSE.test(fact.text))) ||
    (fact.field === 'symptoms' && DETECTION_GAP.test(fact.text))
      ? { ...fact, field: 'causes' as const }
      : fact;
  return isNotItsField(moved, text) ? asSymptom(moved) : [moved];
}

/** Whether a fact states something of its field: not a fragment, a duration, no harm, a recovery, a refuted cause, "all fine". */
function isStatementOfItsField(fact: Fact, text: string, role: SectionRole | null): boolean {
  // a timeline tells what happened: a row that reads like a plan ("计划 23:50 生效") is an event, no action item
  if (fact.field === 'action_items') return role !== 'timeline' || isPlan(fact.text);
  if (isAboutFinding(fact.text)) return false;
  if (measure(fact.text) < (hasHan(fact.text) ? MIN_STATEMENT : MIN_LATIN_STATEMENT) || NO_HARM.test(fact.text) || NO_HARM.test(text) || NO_HARM_ZH.test(fact.text)) return false;
  if (DURATION_ONLY.test(fact.text) || FIELD_NAME_ONLY.test(fact.text)) return false;
  if (fact.field === 'symptoms' && isRecovery(fact.text)) return false;
  if (fact.field === 'causes' && (RULED_OUT.test(fact.text) || APOLOGY.test(fact.text))) return false;
  if (FIRST_GUESS.test(fact.text)) return false;
  return fact.field !== 'symptoms' || !ALL_FINE.test(fact.text);
}

/**
 * "第一反应是 CH 机器扛不住了", "一开始怀疑是 merge 线程不够用", "At first we suspected the CNI": the guess an
 * investigation started from, told because it was wrong — neither what was seen, nor the cause, nor a fix.
 */
const FIRST_GUESS = /^[^，,。；;]{0,8}?(?:第一反应|第一感觉|第一直觉|一开始(?:以为|怀疑|觉得|猜)|起初(?:以为|怀疑|觉得)|最初(?:以为|怀疑)|还怀疑了一下|本以为|原以为)|\b(?:at first|first|initially)[, ]+(?:we |i |they |the team |everyone )?(?:suspected|thought|assumed|guessed|believed)\b|\bour (?:first|initial) (?:guess|suspicion|theory|thought|hypothesis)\b|\bsomeone wondered whether\b/iu;

export function isRuledOut(text: string): boolean {
  return RULED_OUT.test(text);
}

/** "并没有什么异常", "一切正常", "no errors were seen": a statement that something was fine is no symptom. */
const ALL_FINE = /没有(?:什么|任何)?异常|没有报错|一切正常|很平稳|无异常|\bno (?:errors?|issues?|anomal\w*)\b|\b(?:looked|was|were) (?:normal|fine|healthy)\b|\b(?:was|were|remained) (?:unaffected|not affected|not impacted)\b|\b(?:kept|continued to) (?:working|work|running|run|serving)\b/iu;

/**
 * "客户端是没有问题的", "并没有找到足够的证明", "原本以为是线上问题", "X was not the cause": what was ruled out or
 * first believed and then refuted is not a cause.
 */
const RULED_OUT = /没有问题|没问题|并没有找到|排除了|^(?:原本|本来)?以为|^本想着|\b(?:was|is|were) not the (?:cause|problem|issue)\b|\bruled out\b|\bno problem with\b|\bwe (?:initially|first) (?:thought|assumed|believed)\b|不像是|并非|而不是|^不是(?:因为|由于)|\bnot an? [\w-]+ (?:leak|problem|issue|bug)\b/iu;

/**
 * "The pods did not recover and kept getting killed", "重启之后依然无法消费", "然而这是没有用的": an attempt that
 * failed is no fix; what it left is what was seen.
 */
const FAILED_ATTEMPT = /\b(?:did not|didn't|does not|doesn't|failed to|could not|couldn't|was unable to|were unable to) (?:recover|resolve|fix|help|work|solve|improve|complete|succeed|finish|take effect)\b|\b(?:had|made) no (?:effect|difference)\b|依然|仍然|仍旧|没有用|没用|无效|不管用|(?:并)?没有(?:解决|恢复|改善|效果)|未能?(?:解决|恢复)|仍有|依旧|\bstill\b(?! (?:have|has|had|need|needs|want|plan))|效果不明显|没有效果|无明显效果|不见效|\bno (?:visible |noticeable )?(?:effect|improvement)\b/iu;

/**
 * A fix that failed, or a cause that is only a pointer to the sentence before ("As a consequence of this
 * action, all pods were terminated": withAntecedentCauses takes that sentence): what was seen, if anything.
 */
function isNotItsField(fact: Fact, text: string): boolean {
  if (fact.field === 'fixes') return FAILED_ATTEMPT.test(fact.text) || (TRIED.test(fact.text) && FAILED_AFTER.test(text)) || isOutcomeOnly(fact.text);
  // "导致该渠道在 40 分钟内基本不可用" on its own: an effect whose cause was said before it
  return fact.field === 'causes' && (pointsBack(text) || EFFECT_FIRST.test(fact.text) || isBugReport(fact.text));
}

/**
 * "没有按 resource 的限流告警", "/var 90% 的告警…发到了邮件，没人看", "There was no alert on CertificateRequest
 * failures", "the first alert was taken for network jitter": an alert missing, ignored or misread is why the
 * incident lasted, a contributing cause — not what was seen, though it names an alert.
 */
const DETECTION_GAP = new RegExp(
  [
    String.raw`(?:没有|没|无|缺少|缺乏|未配置?)[^，,。；;]{0,20}(?:告警|报警|监控)`,
    String.raw`(?:告警|报警)[^。；;]{0,30}(?:没人看|无人(?:查看|处理|关注|响应)|被忽略|被忽视|被当(?:作|成)|当(?:作|成)了?|只发(?:邮件|群|到)|没有(?:升级|电话|打电话))`,
    String.raw`\bno (?:alert|alerting|monitoring|page|paging)s? (?:on|for)\b`,
    String.raw`\b(?:alert|alarm|page)s? (?:was|were|had been) (?:ignored|missed|silenced|muted|dismissed|taken for|mistaken for)\b`,
    String.raw`\bonly (?:alerted|paged|alerts|pages) on\b`,
    String.raw`\b(?:alert|page)(?:s|ing)? on [^.;]{0,60}\bbut not\b`,
  ].join('|'),
  'iu',
);

/** "先尝试直接重启 zk-prod-02，启动即因磁盘满失败", "We tried restarting it, which failed": an attempt its sentence says failed. */
const TRIED = /尝试|试图|试着|试了|\btried\b|\battempted\b|\btrying\b/iu;
const FAILED_AFTER = /失败|白费|没成功|未成功|不行|没起来|放弃|作罢|\bgave up\b|\babandoned\b|\bfailed\b|\bdid not work\b|\bdidn't work\b|\bno luck\b|\bwithout success\b|\bto no avail\b/iu;

/** "测试同学提 bug：页面未展示小应用", "a customer filed a ticket": someone reporting a problem is what was seen, not its cause. */
const BUG_REPORT = /[提报]\s*(?:了\s*)?(?:个\s*|一个\s*)?bug|\b(?:filed|opened|raised|reported) an? (?:bug|ticket|issue)\b|\bbug report\b/iu;

function isBugReport(text: string): boolean {
  return BUG_REPORT.test(text) && scoreCues(text.replace(BUG_REPORT, ' ')).causes < 1.5;
}

const EFFECT_FIRST = /^(?:导致|造成|引起|使得|致使|从而|进而|causing|leading to|resulting in)/iu;

/** "支付成功率恢复到 96% 以上": the service came back — the end of what was seen, not a symptom. */
function isRecovery(text: string): boolean {
  return RECOVERED.test(text) && !/没有|未能?|不能|\bnot\b|n't\b|\bnever\b|\bfailed to\b/iu.test(text);
}

/** "19:58 - 20:41", "20:01 ~ 20:38，共约 37 分钟": how long it lasted, a number and no statement. */
const DURATION_ONLY = /^(?:[\d\s:：~\-–—至到.]+[，,]?\s*)?(?:(?:共|总共|持续|历时|lasted|for)\s*)?(?:约|大约|about|around)?\s*\d+(?:\.\d+)?\s*(?:分钟|小时|秒|min|mins|minutes?|hours?|h)[。.]?$|^[\d\s:：~\-–—至到.]+$|^(?:about |around |~)?\d+\s*(?:hours?|h|minutes?|mins?)(?:,?\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|seconds?))?\.?$/iu;

/** "恢复时间", "Resolution time": a field name of a metadata table whose value (a date) was read by the timeline. */
const FIELD_NAME_ONLY = /^(?:\p{Script=Han}{1,6}(?:时间|日期|时长|耗时)|(?:[a-z]+ ){0,2}(?:time|date|duration))\s*[:：]?$/iu;

/** "未发生重复扣款", "未造成数据错误或资损": a statement of no harm, in Chinese. */
const NO_HARM_ZH = /^(?:并)?(?:未|没有)(?:发生|造成|出现|引起|导致|产生)[^，,。；;]{0,16}(?:损失|资损|错误|扣款|丢失|泄露|影响)|^无(?:资损|数据丢失|数据错误|用户影响)/u;

/** "各项指标恢复正常", "error rate back to baseline": the service recovered — an outcome, no act that fixed it. */
const RECOVERED = /恢复正常|恢复到|恢复了|回落|宣布(?:故障)?恢复|(?<!\b(?:set|switched|rolled|scaled|turned|dialed|dialled|put|reverted|moved|changed|pinned) )\bback (?:to|above|below) (?:normal|baseline|\d)|\b(?:has |have |had )?(?:recovered|returned to normal|back to normal|stabili[sz]ed)\b|\bincident (?:was |is )?(?:resolved|closed|mitigated)\b/iu;
/** Every recovery phrase of a statement, to take them out (`RECOVERED` tests, this one replaces). */
const EVERY_RECOVERY = new RegExp(RECOVERED.source, 'giu');

function isOutcomeOnly(text: string): boolean {
  return RECOVERED.test(text) && scoreCues(text.replace(EVERY_RECOVERY, ' ')).fixes === 0;
}

/**
 * "翻了变更记录，发现有同事把 message 字段改成了 fielddata: true", "we found that someone had changed the TTL to
 * 86400": a change the investigation found is what caused it, not what fixed it.
 */
const FOUND_CHANGE = /(?:发现|查到|才知道|原来是?)[^。；;！!]{0,90}?(?:改成|改为|改了|修改了|调整了|调成|设置成|设成|设为)|\b(?:found|noticed|discovered|saw|realised|realized) that [^.;!]{0,60}?\b(?:had |was |were )?(?:changed|set|switched|modified|bumped|lowered|raised) (?:[\w.-]+ ){0,3}(?:to|from)\b/iu;

/** "排查完忘了恢复", "session 文件一个都没被删过", "the context is never cancelled": a fix left undone is the cause. */
const LEFT_UNDONE = /忘了|忘记|从未|从来没有|(?:都|从|一直)没(?:有)?被?(?:删|清理|清除|关闭|回收|释放|更新|续期|恢复|执行)(?:掉)?过|\bforg[eo]t(?:ten)? to\b|\bneglected to\b|\bnever (?:\w+ ){0,2}?(?:cancell?ed|closed|released|freed|cleaned up|stopped|removed|deleted|updated|renewed|rotated|restarted)\b/iu;

/** "扩容 pod 加剧了连接风暴", "the restart made it worse": an act that made the incident worse is a contributing cause, no fix. */
const MADE_WORSE = /加剧|雪上加霜|更糟|\bexacerbat\w*|\bmade (?:it|things|matters) worse\b|\bworsened\b|\bcompounded\b/iu;

function asSymptom(fact: Fact): Fact[] {
  const seen = scoreCues(fact.text).symptoms;
  return seen >= 1 ? [{ ...fact, field: 'symptoms', score: seen }] : [];
}

/** "No data were lost", "no packages were compromised": a statement of no harm is neither symptom nor fix. */
const NO_HARM = /^(?:no|none of the) [\w-]+(?: [\w-]+)? (?:was|were|has been|have been|had been) (?:lost|compromised|affected|harmed|leaked|exposed)|\bwith no (?:unauthori[sz]ed|malicious|further) (?:actions?|access|activity|use)\b|^no [\w-]+(?: [\w-]+)?\s*:|^no [\w-]+(?: [\w-]+)? (?:was|were|is|are) (?:needed|required|necessary)/i;
/** "We apologize for the impact this event caused": the incident named as the cause of its own impact, no cause. */
const APOLOGY = /\bapologi[sz]e\b|\bapologies\b|\bsorry\b|抱歉|致歉|道歉/iu;

/** Fewer words than a statement ("outage", "Service operational.", "最终的效果"): a label or a state, not a fact. */
export const MIN_STATEMENT = 3;
/** In Latin text, three words ("Total DNS outage"): two are a name or a fragment ("kaze 0.1.6", "The outage"). */
export const MIN_LATIN_STATEMENT = 6;
