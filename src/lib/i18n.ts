/**
 * Interface strings in English and Chinese. Pages render both (one hidden by CSS, chosen by the switch in the
 * header and remembered in localStorage), so switching needs no reload and no strings shipped to scripts.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual = Record<Lang, string>;

export const STRINGS = {
  history: { en: 'History', zh: '历史' },
  historyTitle: { en: 'Incident history', zh: '故障历史' },
  categories: { en: 'Categories', zh: '根因分类' },
  technologies: { en: 'Technologies', zh: '技术' },
  stats: { en: 'Statistics', zh: '统计' },
  search: { en: 'Search', zh: '搜索' },
  category: { en: 'Category', zh: '分类' },
  technology: { en: 'Technology', zh: '技术' },
  year: { en: 'Year', zh: '年份' },
  status: { en: 'Status', zh: '状态' },
  severity: { en: 'Severity', zh: '严重程度' },
  all: { en: 'All', zh: '全部' },
  clearFilters: { en: 'Clear filters', zh: '清除筛选' },
  showMore: { en: 'Show more', zh: '显示更多' },
  noMatch: { en: 'No incident matches these filters.', zh: '没有符合这些条件的故障。' },
  noIncidents: { en: 'No postmortems yet. Drop reports into content/inbox and run npm run ingest.', zh: '还没有复盘。把报告放进 content/inbox 后运行 npm run ingest。' },
  incidents: { en: 'incidents', zh: '起故障' },
  undated: { en: 'undated', zh: '日期不详' },
  date: { en: 'Date', zh: '日期' },
  duration: { en: 'Duration', zh: '持续时间' },
  timeToDetect: { en: 'Time to detect', zh: '发现耗时' },
  timeToResolve: { en: 'Time to resolve', zh: '恢复耗时' },
  unknown: { en: 'unknown', zh: '未知' },
  source: { en: 'Source', zh: '原始报告' },
  handWritten: { en: 'written by hand', zh: '手写' },
  review: { en: 'Review', zh: '审核' },
  summary: { en: 'Summary', zh: '摘要' },
  symptoms: { en: 'Symptoms', zh: '现象' },
  causes: { en: 'Causes', zh: '原因' },
  fixes: { en: 'Fixes', zh: '处理' },
  actionItems: { en: 'Action items', zh: '改进项' },
  notExtracted: { en: 'Not in this report yet', zh: '这份报告中暂无' },
  timeline: { en: 'Timeline', zh: '时间线' },
  noTimeline: { en: 'This report has no timeline yet.', zh: '这份报告还没有时间线。' },
  events: { en: 'Events', zh: '事件列表' },
  report: { en: 'Original report', zh: '原始报告' },
  related: { en: 'Related incidents', zh: '相关故障' },
  noRelated: { en: 'No related incident found.', zh: '没有找到相关故障。' },
  sameCause: { en: 'same cause', zh: '同样原因' },
  also: { en: 'also', zh: '同样涉及' },
  older: { en: 'Older', zh: '更早' },
  newer: { en: 'Newer', zh: '更新' },
  editFile: { en: 'Edit this file', zh: '编辑此文件' },
  warnings: { en: 'Extraction warnings', zh: '提取警告' },
  seeLine: { en: 'see line', zh: '见第几行' },
  line: { en: 'line', zh: '行' },
  description: { en: 'Description', zh: '说明' },
  keywords: { en: 'Keywords', zh: '关键词' },
  recurringSymptoms: { en: 'Recurring symptoms', zh: '反复出现的现象' },
  recurringFixes: { en: 'Recurring fixes', zh: '反复使用的处理' },
  relatedCategories: { en: 'Related categories', zh: '相关分类' },
  coOccurring: { en: 'seen together', zh: '共同出现' },
  taxonomyRelated: { en: 'related by definition', zh: '定义上相关' },
  latestIncidents: { en: 'Incidents', zh: '故障' },
  allInHistory: { en: 'All of them in the history, filtered', zh: '在历史页中查看全部' },
  noIncidentsHere: { en: 'No incident in this category yet.', zh: '这个分类下还没有故障。' },
  unused: { en: 'Known, not seen in any incident yet', zh: '已收录，尚未出现在故障中' },
  perCategory: { en: 'Incidents per category', zh: '各分类的故障数' },
  perMonth: { en: 'Incidents per month', zh: '每月故障数' },
  perYear: { en: 'Incidents per year', zh: '每年故障数' },
  asTable: { en: 'As a table', zh: '表格' },
  ttrDistribution: { en: 'Time to resolve', zh: '恢复耗时分布' },
  median: { en: 'median', zh: '中位数' },
  known: { en: 'known for', zh: '已知' },
  mostRecurring: { en: 'Most recurring symptoms', zh: '最常见的现象' },
  noData: { en: 'Not enough data yet.', zh: '数据还不够。' },
  language: { en: '中文', zh: 'English' },
  switchLanguage: { en: 'Switch the interface to Chinese', zh: '切换到英文界面' },
  theme: { en: 'Dark mode', zh: '深色模式' },
  skip: { en: 'Skip to content', zh: '跳到正文' },
  diagramLoading: { en: 'Drawing the diagram…', zh: '正在绘制图表…' },
  showing: { en: 'Showing', zh: '显示' },
  of: { en: 'of', zh: '/' },
  page: { en: 'Page', zh: '第几页' },
  resolved: { en: 'resolved', zh: '已解决' },
  mitigated: { en: 'mitigated', zh: '已缓解' },
  unresolved: { en: 'unresolved', zh: '未解决' },
  critical: { en: 'critical', zh: '严重' },
  major: { en: 'major', zh: '重大' },
  minor: { en: 'minor', zh: '轻微' },
  generated: { en: 'generated, not reviewed', zh: '自动生成，未审核' },
  draft: { en: 'draft', zh: '草稿' },
  reviewed: { en: 'reviewed', zh: '已审核' },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

/** "1 incident", "3 incidents" / "3 起故障". */
export function countIncidents(n: number): Bilingual {
  return { en: `${n} ${n === 1 ? 'incident' : 'incidents'}`, zh: `${n} 起故障` };
}

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A value of a closed vocabulary (status, severity, review) in both languages; unknown values pass through. */
export function vocab(value: string): Bilingual {
  return value in STRINGS ? STRINGS[value as StringKey] : { en: value, zh: value };
}
