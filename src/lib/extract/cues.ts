/**
 * Cue phrases that tell what a sentence states, in both languages, with weights: a strong cue ("root cause",
 * 原因是) decides alone, weak ones (an error word, 发现) only together. Chinese cues match as substrings,
 * Latin ones as words (a trailing `*` allows any ending: fix* matches fixed, fixes).
 */
export type FactField = 'symptoms' | 'causes' | 'fixes' | 'action_items';
export const FACT_FIELDS: readonly FactField[] = ['symptoms', 'causes', 'fixes', 'action_items'];

type CueList = Array<[string, number]>;

const CUES: Record<FactField, CueList> = {
  causes: [
    ['原因是', 3], ['原因在于', 3], ['的原因', 2], ['根因', 3], ['根本原因', 3], ['直接原因', 3], ['问题出在', 3], ['出在', 1.5],
    ['导致', 2], ['由于', 2], ['因为', 1.5], ['引起', 2], ['造成', 2], ['引发', 2], ['触发', 1.5], ['所致', 2], ['归因', 2],
    ['罪魁祸首', 3], ['元凶', 3], ['bug', 1.5], ['缺陷', 1.5], ['瓶颈', 1], ['过高', 1], ['太短', 1], ['太小', 1], ['过快', 1],
    ['过慢', 1], ['阻塞', 1], ['结论是', 2], ['有问题', 1], ['受', 0.5], ['问题', 0.5], ['误删', 2], ['隐藏', 1], ['不均', 1],
    ['caused by', 3], ['root cause*', 3], ['due to', 2], ['because', 2], ['triggered', 2], ['as a result of', 2], ['resulted from', 2],
    ['result of', 1.5], ['led to', 1.5], ['lead to', 1.5], ['leading to', 1.5], ['causing', 1.5], ['caused', 2], ['cause*', 1.5],
    ['bug', 1.5], ['misconfigur*', 2], ['contribut*', 1.5], ['introduced', 1.5], ['exposed', 1], ['overlooked', 1.5],
    ['unintentionally', 1.5], ['accidentally', 1.5], ['mistakenly', 1.5], ['too small', 1.5], ['too slow', 1.5], ['too long', 1],
    ['not configured', 1.5], ['did not', 0.5], ["didn't", 0.5], ['no alert*', 1], ['lack*', 1], ['missing', 0.5], ['without', 0.5],
    ['exhaust*', 1], ['exceed*', 1], ['limited', 1], ['spike', 1], ['no documentation', 1.5], ['default', 0.5],
  ],
  fixes: [
    ['解决', 2], ['修复', 2], ['修掉', 2], ['升级', 1.5], ['回滚', 2], ['改成', 2], ['改为', 2], ['调整', 1.5], ['重启', 1.5],
    ['扩容', 2], ['恢复', 1.5], ['切回', 2], ['调参', 2], ['降低', 1], ['增加', 1], ['提高', 1], ['加快', 1], ['限制', 1], ['关闭', 1],
    ['配置了', 1.5], ['开启', 1], ['替换', 1.5], ['临时', 1], ['止损', 2], ['规避', 2], ['采用', 1], ['重新', 1], ['删除', 1],
    ['清理', 1], ['处理', 0.5], ['重置', 1], ['切换', 0.5], ['同步数据', 1], ['改下', 1], ['更新之后', 1.5], ['修改', 1.5],
    ['fix*', 2], ['rolled back', 2.5], ['roll back', 2], ['rollback*', 2], ['reverted', 2], ['mitigat*', 2], ['resolved by', 2.5],
    ['resolv*', 1], ['restart*', 1.5], ['upgraded', 1.5], ['downgraded', 1.5], ['increased', 1.5], ['raised', 1.5], ['deployed', 1],
    ['migrated', 1.5], ['migrating', 1], ['replaced', 1.5], ['revoked', 1.5], ['restored', 1.5], ['recover*', 1], ['re-deploy*', 1.5],
    ['redeploy*', 1.5], ['removed', 1], ['deleted', 0.5], ['deletes', 1], ['kill*', 1], ['patch*', 1.5], ['hotfix*', 2], ['hot fix', 2],
    ['workaround', 2], ['scaled', 1.5], ['attached', 1], ['created new', 1.5], ['new api key', 1], ['sanitised', 1.5],
    ['sanitized', 1.5], ['requested', 0.5], ['quota', 0.5], ['rotated', 1.5], ['disabled', 1], ['enabled', 1], ['advised', 1],
    ['permanent', 1], ['quick fix', 2], ['recovery', 1.5], ['operational', 1], ['merged', 1], ['manually', 0.5], ['notif*', 0.5],
    ['asked', 0.5], ['brought up', 1],
  ],
  symptoms: [
    ['告警', 1.5], ['报警', 1.5], ['异常', 1], ['失败', 1], ['中断', 1.5], ['延迟', 1], ['积压', 1.5], ['堆积', 1.5], ['超时', 1],
    ['无法', 1], ['不能', 0.5], ['宕机', 2], ['瘫痪', 2], ['报错', 1.5], ['错误', 1], ['查不到', 2], ['不见', 1.5], ['下滑', 1.5],
    ['重复消费', 1.5], ['狂刷', 1.5], ['飙升', 1.5], ['飙高', 1.5], ['不均', 1], ['为空', 1.5], ['没数据', 1.5], ['没有数据', 1.5],
    ['卡顿', 1.5], ['挂了', 1.5], ['崩溃', 2], ['不可用', 2], ['丢失', 1], ['抖动', 1], ['持续上涨', 1.5], ['增长', 0.5], ['lag', 1],
    ['未展示', 2], ['没有返回', 2], ['缺少', 1], ['不同步', 1.5], ['发现', 0.5], ['现象', 1], ['影响', 1], ['断断续续', 1.5],
    ['有时', 0.5], ['一直很高', 1], ['不停', 1], ['rebalanc*', 0.5], ['没有消费', 1.5], ['未被消费', 1.5], ['为空', 1],
    ['alert*', 1.5], ['error*', 1], ['outage', 1.5], ['down', 1], ['fail*', 1], ['unavailable', 2], ['inaccessible', 2],
    ['timeout*', 1], ['timed out', 1.5], ['timing out', 1.5], ['crash*', 1.5], ['crash-loop*', 2], ['latency', 1], ['404*', 1],
    ['5xx', 1.5], ['500', 0.5], ['503', 1], ['307', 0.5], ['not available', 2], ['missing', 1], ['stuck', 1.5], ['slow', 0.5],
    ['degraded', 1.5], ['affected', 1], ['impact*', 1], ['broken', 1], ['broke', 1], ['reports', 0.5], ['reported', 0.5],
    ['no data', 1.5], ['lost', 1], ['panic*', 1.5], ['terminated', 1.5], ['kernel panic*', 2], ['oom*', 1.5], ['flak*', 1],
    ['not uploaded', 1.5], ['persist*', 1], ['no longer', 1], ['could still', 1.5], ['notReady', 1], ['evicted', 1],
    ['users', 0.5], ['customers', 0.5], ['trouble', 1], ['disconnect*', 1], ['went down', 2], ['spike', 0.5], ['leaked', 1.5],
    ['exposed', 0.5], ['high count', 1], ['redirects', 1], ['symptom*', 2], ['not being', 0.5], ['stopped', 1],
  ],
  action_items: [
    ['需要', 1], ['应该', 1.5], ['不要', 1.5], ['后续', 2], ['计划', 1.5], ['将会', 1], ['规范', 1], ['建议', 1.5], ['避免', 1],
    ['千万', 1.5], ['要多', 1], ['改进', 1.5],
    ['we will', 2], ['we should', 2], ['should', 1], ['need to', 1.5], ['needs to', 1.5], ['action item*', 2], ['todo', 1],
    ['consider', 1], ['going forward', 2], ['in the future', 2], ['plan to', 2], ['follow-up', 1], ['improve', 1], ['ensure', 1],
    ['we need', 1.5], ['reflect', 1],
  ],
};

interface CompiledCue { term: string; weight: number; needle: string; latin: boolean }

/**
 * Latin cues are found in the sentence's words joined by single spaces and framed by spaces: ` fix` finds
 * fix, fixed and fixes (a `*` cue), ` caused by ` only the phrase. Plain substring tests keep this fast.
 */
function compile(term: string, weight: number): CompiledCue {
  const latin = /[a-z]/i.test(term);
  if (!latin) return { term, weight, needle: term, latin };
  const stem = term.toLowerCase().replace(/\*$/, '');
  return { term: stem, weight, needle: ` ${stem}${term.endsWith('*') ? '' : ' '}`, latin };
}

const COMPILED = Object.fromEntries(
  Object.entries(CUES).map(([field, list]) => [field, list.map(([t, w]) => compile(t, w))]),
) as Record<FactField, CompiledCue[]>;

/** Lowercase words of a sentence joined by single spaces, framed by spaces; Han text is kept as it is. */
export function wordFrame(text: string): string {
  const spaced = text.toLowerCase().replace(/[’‘]/g, "'").replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
  return ` ${spaced.replace(/[^\p{L}\p{N}'\-]+/gu, ' ').trim()} `;
}

/** Sum of cue weights per field for one sentence. */
export function scoreCues(sentence: string): Record<FactField, number> {
  const lower = sentence.toLowerCase();
  const frame = wordFrame(sentence);
  const out = { symptoms: 0, causes: 0, fixes: 0, action_items: 0 } as Record<FactField, number>;
  for (const field of FACT_FIELDS) {
    for (const cue of COMPILED[field]) if ((cue.latin ? frame : lower).includes(cue.needle)) out[field] += cue.weight;
  }
  return out;
}

/** Cue phrases that name a cause outright: they move a sentence to causes even inside a fixes or symptoms section. */
const STRONG_CAUSE = /原因是|原因在于|的原因是|根因|根本原因|问题(?:应该)?出在|root cause|caused by|the cause (?:was|is)/i;

export function isStrongCause(sentence: string): boolean {
  return STRONG_CAUSE.test(sentence);
}
