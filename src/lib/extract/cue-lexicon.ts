/**
 * The cue phrases that tell what a sentence states, in both languages, with weights: a strong cue ("root cause",
 * 原因是) decides alone, weak ones (an error word, 发现) only together. Chinese cues match as substrings,
 * Latin ones as words (a trailing `*` allows any ending: fix* matches fixed, fixes). cues.ts compiles them.
 */
import type { FactField } from './cues.ts';

type CueList = Array<[string, number]>;

export const CUES: Record<FactField, CueList> = {
  causes: [
    ['根源', 3], ['起因', 2.5], ['是因为', 2.5], ['版本问题', 2], ['配置错误', 2], ['写错', 1.5], ['埋的坑', 2], ['坑', 1],
    ['没有配置', 1.5], ['未配置', 1.5], ['未开启', 1.5], ['没开', 1], ['不一致', 1], ['泄漏', 1.5], ['泄露', 1], ['耗尽', 1.5],
    ['死锁', 1.5], ['单点', 1], ['兼容', 1], ['没能', 1], ['来不及', 1], ['不足', 1.5], ['过多', 1], ['太多', 1], ['过大', 1],
    ['过小', 1], ['过短', 1], ['过长', 1], ['新建', 0.5], ['没有开', 1], ['难以', 0.5],
    ['应该是', 2], ['怀疑', 1], ['猜想', 1.5], ['推测', 1.5], ['可能是', 1], ['有关', 1.5], ['会不会是', 1], ['the cause', 2],
    // "the problem is…": what follows is the report's explanation
    // what someone forgot or left open
    ['without calling', 1.5], ['without closing', 1.5], ['without checking', 1.5], ['without setting', 1.5], ['never released', 1.5], ['never freed', 1.5],
    // shipped or left without the step that would have caught it
    ['without rolling back', 1.5], ['without committing', 1.5], ['without testing', 1.5], ['without review', 1.5], ['not tested', 1.5], ['untested', 1.5],
    ['没有验证', 1.5], ['未验证', 1.5], ['未经测试', 1.5], ['没有测试', 1.5], ['就上线', 1.5],
    ['forgot', 2], ['forgotten', 2], ['unclosed', 1.5], ['never closed', 1.5], ['not closed', 1.5], ['no timeout', 1.5],
    ['忘了', 2], ['忘记', 2], ['未关闭', 1.5], ['没有关闭', 1.5], ['未设置', 1.5], ['没有设置', 1.5],
    ['问题来了', 2], ['问题在于', 2.5], ['关键在于', 1.5], ['症结', 2.5], ['坑在于', 2], ['原因很简单', 2],
    ['the problem was that', 2], ['the problem is that', 2], ['the issue was that', 2], ['the issue is that', 2], ['the problem was with', 2], ['the problem was in', 2], ['the catch', 1.5], ['culprit', 2.5],
    ['suspect*', 1], ['related to', 1], ['allowed for', 1], ['in the first place', 1.5], ['made it possible', 1], ['regression', 1.5], ['race condition', 2], ['insufficient', 1.5], ['not good enough', 1.5], ['incorrect*', 1.5], ['wrong', 1],
    ['invalid', 1], ['expired', 1.5], ['unintended', 1.5], ['rather than', 1], ['not enough', 1], ['was not', 0.5],
    ['were not', 0.5], ['not applied', 1.5], ['no monitoring', 1.5], ['retries', 1],
    // monitoring and checks that looked at too little: 'the alert only covered the root volume'
    ['only covered', 1.5], ['only monitored', 1.5], ['only checked', 1.5], ['only alerted', 1.5],
    ['原因是', 3], ['原因在于', 3], ['的原因', 2], ['根因', 3], ['根本原因', 3], ['直接原因', 3], ['问题出在', 3], ['出在', 1.5],
    ['导致', 2], ['由于', 2], ['因为', 1.5], ['引起', 2], ['造成', 2], ['引发', 2], ['触发', 1.5], ['所致', 2], ['归因', 2],
    ['罪魁祸首', 3], ['元凶', 3], ['缺陷', 1.5], ['瓶颈', 1], ['过高', 1], ['太短', 1], ['太小', 1], ['过快', 1],
    ['过慢', 1], ['阻塞', 1], ['结论是', 2], ['有问题', 1], ['受', 0.5], ['问题', 0.5], ['误删', 2], ['隐藏', 1], ['不均', 1],
    ['caused by', 3], ['root cause*', 3], ['due to', 2], ['because', 2], ['triggered', 2], ['as a result of', 2], ['resulted from', 2],
    ['result of', 1.5], ['led to', 1.5], ['results in', 1.5], ['resulted in', 1.5], ['resulting in', 1.5], ['lead to', 1.5], ['leading to', 1.5], ['causing', 1.5], ['caused', 2], ['cause*', 1.5],
    ['bug', 1.5], ['misconfigur*', 2], ['contribut*', 1.5], ['introduced', 1.5], ['exposed', 1], ['overlooked', 1.5],
    ['unintentionally', 1.5], ['accidentally', 1.5], ['mistakenly', 1.5], ['too small', 1.5], ['too slow', 1.5], ['too long', 1],
    ['not configured', 1.5], ['did not', 0.5], ["didn't", 0.5], ['no alert*', 1], ['lack*', 1], ['missing', 0.5], ['without', 0.5],
    ['exhaust*', 1], ['exceed*', 1], ['limited', 1], ['spike', 1], ['no documentation', 1.5], ['default', 0.5],
    // how English postmortems state a cause without "cause": what was introduced, failed, missing, ran out or expired
    ['was introduced', 1], ['were introduced', 1], ['failed to', 1], ['was missing', 1], ['were missing', 1],
    ['ran out of', 1.5], ['as a consequence of', 2], ['consequence of', 0.5], ['not implemented', 1.5], ['wrongly', 1.5], ['inadvertently', 1.5], ['oversight', 1.5],
    // a conclusion drawn: what follows is what the report settled on
    ['原来是', 2.5], ['很明显就是', 2], ['明显是', 1.5], ['就明确了', 1.5], ['确定了猜想', 2], ['证实了', 1.5], ['turned out', 1.5], ['it turns out', 1.5],
    // a hedged explanation is still the report's best one
    ['likely', 1], ['probably', 1], ['we believe', 1.5], ['most likely', 0.5],
    // what made it worse is a contributing factor: 扩容 pod 加剧了连接风暴, retries amplified the load
    ['加剧', 2], ['雪上加霜', 2], ['更糟', 1.5], ['放大了', 1.5], ['exacerbat*', 2], ['made it worse', 2], ['made things worse', 2],
    ['worsened', 1.5], ['compounded', 1.5], ['amplified', 1.5],
    // what set it off, and what someone wrongly believed: "The trigger was an AWS issue…", "执行人误以为整个脚本在一个事务里"
    ['the trigger was', 3], ['the trigger is', 3], ['误以为', 2],
  ],
  fixes: [
    ['回退', 2], ['降级', 1.5], ['扩大', 1], ['调大', 2], ['调小', 2], ['调高', 1.5], ['加大', 1.5], ['换成', 2], ['更换', 1.5],
    ['迁移', 1.5], ['打补丁', 2], ['修正', 2], ['摘除', 1.5], ['重建', 1.5], ['重新部署', 2], ['去掉', 1], ['加上', 1], ['转储', 1],
    ['设置', 1], ['改异步', 2], ['改同步', 2], ['改用', 2], ['改了', 1.5], ['固定的', 1], ['禁用', 1.5], ['恢复正常', 1],
    ['revert*', 2], ['rolling back', 2], ['upgrading', 1], ['bumped', 1.5], ['implemented', 1.5], ['applied', 1],
    ['audited', 1.5], ['notified', 1.5], ['verified', 1], ['cleaned up', 1.5], ['failed over', 2], ['failover', 1.5],
    ['switched', 1.5], ['flushed', 1.5], ['purged', 1.5], ['rebuilt', 1.5], ['reissued', 1.5], ['can no longer', 1.5],
    ['引入', 1], ['were updated', 1.5], ['was updated', 1.5], ['changed the', 1], ['require', 0.5], ['now requir*', 1.5], ['required', 0.5], ['closed', 0.5], ['added', 1], ['raise', 1], ['increase', 1], ['disable', 1.5],
    ['解决', 2], ['修复', 2], ['修掉', 2], ['升级', 1.5], ['回滚', 2], ['改成', 2], ['改为', 2], ['调整', 1.5], ['重启', 1.5],
    ['扩容', 2], ['扩到', 1.5], ['恢复', 1.5], ['切回', 2], ['调参', 2], ['降低', 1], ['增加', 1], ['提高', 1], ['加快', 1], ['限制', 1], ['关闭', 1],
    ['配置了', 1.5], ['开启', 1], ['替换', 1.5], ['临时', 1], ['止损', 2], ['规避', 2], ['采用', 1], ['重新', 1], ['删除', 1],
    ['清理', 1], ['处理', 0.5], ['重置', 1], ['切换', 0.5], ['同步数据', 1], ['改下', 1], ['更新之后', 1.5], ['修改', 1.5],
    // a setting put back the way it was
    ['改回', 2], ['调回', 2], ['设回', 2], ['恢复为', 1.5], ['重新开启', 2], ['重新打开', 2], ['switched back', 2], ['set back', 2],
    ['re-enabled', 2], ['turned back on', 2], ['reverted to', 2],
    ['stopgap', 2], ['band-aid', 1.5], ['止血', 2],
    // what the responders did, told in the first person
    ['we stopped', 2], ['we cancelled', 2], ['we canceled', 2], ['we disabled', 2], ['we removed', 2], ['we deleted', 2],
    ['we killed', 2], ['we drained', 2], ['we cordoned', 2], ['we pinned', 2], ['we scaled', 2], ['we restarted', 2],
    ['we promoted', 2], ['we moved', 1.5], ['we added', 1.5], ['we switched', 2], ['we blocked', 2], ['we rotated', 2],
    ['deactivated', 2], ['pinned', 1.5], ['cancelled', 1.5], ['canceled', 1.5], ['reconciled', 1.5], ['promoted', 1.5],
    ['taken down', 1.5], ['took down', 1.5], ['re-allocated', 1.5], ['reallocated', 1.5],
    // what runs now, and the all-clear: "CI now uses an OIDC role", "all systems are operating normally"
    ['now uses', 1.5], ['now use', 1.5], ['operating normally', 1.5],
    ['fix*', 2], ['rolled back', 2.5], ['roll back', 2], ['rollback*', 2], ['reverted', 2], ['mitigat*', 2], ['resolved by', 2.5],
    ['resolv*', 1], ['restart*', 1.5], ['upgraded', 1.5], ['downgraded', 1.5], ['increased', 1.5], ['raised', 1.5], ['deployed', 1],
    ['migrated', 1.5], ['migrating', 1], ['replaced', 1.5], ['revoked', 1.5], ['restored', 1.5], ['recover*', 1], ['re-deploy*', 1.5],
    ['redeploy*', 1.5], ['removed', 1], ['deleted', 0.5], ['deletes', 1], ['kill*', 1], ['patch*', 1.5], ['hotfix*', 2], ['hot fix', 2],
    ['workaround', 2], ['scaled', 1.5], ['attached', 1], ['created new', 1.5], ['new api key', 1], ['sanitised', 1.5],
    ['sanitized', 1.5], ['requested', 0.5], ['quota', 0.5], ['rotated', 1.5], ['disabled', 1], ['enabled', 1], ['advised', 1],
    ['permanent', 1], ['quick fix', 2], ['recovery', 1.5], ['operational', 1], ['merged', 1], ['manually', 0.5], ['notif*', 0.5],
    ['asked', 0.5], ['brought up', 1],
    // traffic moved, a fallback switched on, a limit raised: how a service is kept up while the cause is fixed
    ['切到', 1.5], ['切流', 2], ['改走', 1.5], ['兜底', 1.5], ['加急', 1], ['提额', 2], ['临时提到', 1.5], ['摘掉', 1.5], ['放开', 1],
    ['加回', 1.5], ['手工把', 1.5], ['手动把', 1.5], ['rerouted', 2], ['re-routed', 2], ['fell back', 1.5], ['drained', 1.5],
    ['worked with', 1.5], ['cleared', 1.5], ['contacted', 1], ['reloaded', 1.5], ['re-sent', 1.5], ['resent', 1.5], ['re-advertised', 1.5],
    // repairing the data and making good with customers: reruns, backfills, refunds, apologies
    ['rerun', 1.5], ['reran', 1.5], ['re-run', 1.5], ['re-ran', 1.5], ['backfill*', 1.5], ['replayed', 1.5], ['refund*', 1.5],
    ['apolog*', 1], ['compensat*', 1.5], ['重跑', 1.5], ['补跑', 1.5], ['补数', 1.5], ['补发', 1.5], ['重放', 1.5], ['重新投递', 1.5],
    ['退款', 1.5], ['补偿', 1.5], ['致歉', 1],
    // what was stopped, paused, resized or redone by hand to stop the damage (not verbs a report as often writes in
    // the passive of what went wrong: 被杀掉, 被清空, 被封禁, 自动切主)
    ['suspended', 1.5], ['paused', 1.5], ['turned off', 1.5], ['switched off', 1.5], ['kill switch', 1.5], ['voided', 1.5],
    ['re-signed', 1.5], ['re-imported', 1.5], ['reweight*', 1.5], ['corrected', 1.5], ['were moved to', 1.5], ['was moved to', 1.5],
    ['emailed', 1],
    // a bad package release taken back from a registry
    ['unpublished', 1.5], ['yanked', 1.5],
    ['缩回', 1.5], ['缩到', 1.5], ['升配', 2], ['处理掉', 1.5],
    ['手工执行', 1.5], ['手动执行', 1.5], ['手工创建', 1.5], ['补入', 1.5], ['重推', 1.5], ['修好', 2], ['摘出', 1.5],
  ],
  symptoms: [
    ['挂掉', 1.5], ['打不开', 2], ['访问不了', 2], ['连不上', 2], ['连接失败', 1], ['变慢', 1.5], ['卡住', 1.5], ['卡死', 1.5],
    ['满了', 1.5], ['打满', 1.5], ['占满', 1.5], ['爆了', 1.5], ['丢数据', 2], ['掉线', 1.5], ['尖峰', 1], ['毛刺', 1], ['升高', 1],
    ['上涨', 1], ['暴涨', 1.5], ['暴增', 1.5], ['激增', 1.5], ['下降', 1], ['骤降', 1.5], ['无响应', 2], ['没反应', 1.5],
    ['被清空', 1.5], ['日志', 0.5], ['成功有时', 1], ['有时成功', 1], ['被删', 1], ['重复', 0.5],
    ['时有时无', 1.5], ['有时无', 1.5], ['cpu', 0.5], ['内存', 0.5], ['sees no', 1.5], ['saw no', 1.5], ['see no', 1.5],
    ['could continue', 1.5], ['rebalancing', 0.5], ['elevated', 1], ['spiked', 1.5], ['could not', 1.5], ["couldn't", 1.5], ['unable to', 1.5], ['not working', 2],
    ['offline', 1.5], ['unreachable', 2], ['refused', 1], ['rejected', 1], ['stale', 1], ['not updated', 1.5],
    ['stopped being', 1.5], ['hung', 1.5], ['hang*', 1], ['noticed', 1], ['observed', 1], ['opened', 0.5], ['paged', 1],
    ['告警', 1.5], ['报警', 1.5], ['异常', 1], ['失败', 1], ['中断', 1.5], ['延迟', 1], ['积压', 1.5], ['堆积', 1.5], ['超时', 1],
    ['无法', 1], ['不能', 0.5], ['宕机', 2], ['瘫痪', 2], ['报错', 1.5], ['错误', 1], ['查不到', 2], ['不见', 1.5], ['下滑', 1.5],
    ['重复消费', 1.5], ['狂刷', 1.5], ['飙升', 1.5], ['飙高', 1.5], ['不均', 1], ['为空', 1.5], ['没数据', 1.5], ['没有数据', 1.5],
    ['卡顿', 1.5], ['挂了', 1.5], ['崩溃', 2], ['不可用', 2], ['丢失', 1], ['抖动', 1], ['持续上涨', 1.5], ['增长', 0.5], ['lag', 1],
    ['未展示', 2], ['没有返回', 2], ['缺少', 1], ['不同步', 1.5], ['发现', 0.5], ['现象', 1], ['影响', 1], ['断断续续', 1.5],
    ['有时', 0.5], ['一直很高', 1], ['不停', 1], ['rebalanc*', 0.5], ['没有消费', 1.5], ['未被消费', 1.5],
    // what users and downstream teams could not see or get: "仓库看不到新单"
    ['看不到', 1.5],
    ['alert*', 1.5], ['alert triggered', 1.5], ['alerts triggered', 1.5], ['alert fired', 1.5], ['alerts fired', 1.5], ['error*', 1], ['outage', 1.5], ['down', 1], ['fail*', 1], ['unavailable', 2], ['inaccessible', 2],
    ['timeout*', 1], ['timed out', 1.5], ['timing out', 1.5], ['crash*', 1.5], ['crash-loop*', 2], ['latency', 1], ['404*', 1],
    ['5xx', 1.5], ['500', 0.5], ['503', 1], ['307', 0.5], ['not available', 2], ['missing', 1], ['stuck', 1.5], ['slow', 0.5],
    ['degraded', 1.5], ['affected', 1], ['impact*', 1], ['broken', 1], ['broke', 1], ['reports', 0.5], ['reported', 0.5],
    ['no data', 1.5], ['lost', 1], ['panic*', 1.5], ['terminated', 1.5], ['kernel panic*', 2], ['oom*', 1.5], ['flak*', 1],
    ['not uploaded', 1.5], ['persist*', 1], ['no longer', 1], ['could still', 1.5], ['notReady', 1], ['evicted', 1],
    // restarts that happen to a service, again and again, are what was seen, not a fix
    ['kept restarting', 2], ['restart loop', 2], ['restarted every', 1.5], ['being restarted', 1.5], ['oomkill*', 2],
    ['反复重启', 2], ['频繁重启', 2], ['不断重启', 2], ['一直重启', 2], ['自动重启', 1],
    // a metric that moved: what dashboards show first
    ['drop*', 1], ['slowed', 1.5], ['slower', 1], ['surged', 1.5], ['jumped', 1], ['saturated', 1.5],
    ['cache miss*', 1.5], ['error rate', 1.5], ['p99', 1], ['p95', 1], ['502', 1], ['504', 1],
    ['被踢', 1.5], ['踢出', 1.5], ['踢下线', 2], ['未分配', 1.5], ['反复', 1], ['驱逐', 1.5], ['会话过期', 1.5], ['未注册', 1.5],
    ['yellow', 1], ['handshake*', 1], ['parked', 1], ['grows', 1], ['growing', 1],
    ['写不进', 2], ['读不到', 1.5], ['进不去', 1.5], ['只剩', 1], ['大量报', 1.5], ['开始报', 1.5], ['锁等待', 1.5], ['waiting for', 1], ['exception', 1],
    ['掉到', 1.5], ['跌到', 1.5], ['降到', 1], ['涨到', 1], ['转圈', 1.5], ['系统繁忙', 1.5], ['成功率', 1], ['耗时', 0.5],
    ['users', 0.5], ['customers', 0.5], ['trouble', 1], ['disconnect*', 1], ['went down', 2], ['spike', 0.5], ['leaked', 1.5],
    ['exposed', 0.5], ['high count', 1],
    // a resource at its ceiling: "cpu 100%", "connections at max_connections", "maxed out"
    ['100%', 1.5], ['at max*', 1.5], ['maxed', 1.5], ['pegged', 1.5],
    // what a user sees when a page breaks, and a metric falling to a value
    ['blank page', 2], ['blank screen', 2], ['白屏', 2], ['空白页', 2], ['页面空白', 2], ['429', 1], ['跌至', 1.5], ['降至', 1], ['掉至', 1.5],
    // what users and support reported: 用户反馈, 客诉, 超卖
    ['堆了', 1.5], ['冲到', 1.5], ['飙到', 1.5], ['顶到', 1],
    ['反馈', 1], ['投诉', 1.5], ['客诉', 1.5], ['超卖', 1.5], ['complain*', 1.5], ['redirects', 1], ['symptom*', 2], ['not being', 0.5], ['stopped', 1],
    // work that waited or stood still, a table or a disk at its limit, what users could no longer get
    ['delayed', 1.5], ['stalled', 1.5], ['went from', 1], ['nobody could', 1.5], ['no one could', 1.5], ['at its limit', 1.5],
    ['hit the limit', 1.5], ['spins', 1], ['spinning', 1], ['blocked', 1],
    ['卡在', 1.5], ['开始抖', 1.5], ['写满', 1.5], ['进程退出', 1.5], ['收不到', 2], ['拉不到', 1.5], ['是旧的', 1.5], ['标红', 1.5], ['全挂', 2],
  ],
  action_items: [
    ['将来', 1.5], ['以后', 1], ['长期', 1], ['下次', 1.5], ['will', 0.5], ['long-term', 1.5], ['we plan', 2],
    ['需要', 1], ['应该', 1.5], ['不要', 1.5], ['后续', 2], ['计划', 1.5], ['将会', 1], ['规范', 1], ['建议', 1.5], ['避免', 1],
    ['千万', 1.5], ['要多', 1], ['改进', 1.5],
    ['we will', 2], ['we should', 2], ['should', 1], ['need to', 1.5], ['needs to', 1.5], ['action item*', 2], ['todo', 1],
    ['consider', 1], ['going forward', 2], ['in the future', 2], ['plan to', 2], ['follow-up', 1], ['improve', 1], ['ensure', 1],
    ['we need', 1.5], ['reflect', 1],
  ],
};
