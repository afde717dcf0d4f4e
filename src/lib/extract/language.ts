/** Main language of a report, from the share of Han characters against Latin words in its prose. */
export type Language = 'zh' | 'en' | 'mixed';

export function detectLanguage(prose: string): Language {
  const han = countHan(prose);
  const latinWords = countLatinWords(prose);
  // one Chinese word is about two characters
  const zh = han / 2;
  if (zh === 0) return 'en';
  if (zh >= latinWords * 1.5) return 'zh';
  if (latinWords >= zh * 4) return 'en';
  return 'mixed';
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Han characters (code points) in the text: `text.match(/\p{Script=Han}/gu).length`, counted over runs so that
 * a Chinese report does not allocate one string per character.
 */
export function countHan(text: string): number {
  let n = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    n += run.length;
    // a character beyond the BMP (CJK extension B …) is two UTF-16 units: count it once
    for (let i = 0; i < run.length; i++) if ((run.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  }
  return n;
}

/** Runs of two or more ASCII letters: `text.match(/[A-Za-z]{2,}/g).length`, without the array of words. */
export function countLatinWords(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters to lowercase; nothing else lands in a–z
    if (c >= 0x61 && c <= 0x7a) run++;
    else {
      if (run >= 2) n++;
      run = 0;
    }
  }
  return run >= 2 ? n + 1 : n;
}
