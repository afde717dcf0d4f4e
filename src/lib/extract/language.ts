/** Main language of a report, from the share of Han characters against Latin words in its prose. */
export type Language = 'zh' | 'en' | 'mixed';

export function detectLanguage(prose: string): Language {
  const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = prose.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  // one Chinese word is about two characters
  const zh = han / 2;
  if (zh === 0) return 'en';
  if (zh >= latinWords * 1.5) return 'zh';
  if (latinWords >= zh * 4) return 'en';
  return 'mixed';
}
