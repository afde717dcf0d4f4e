import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countHan, countLatinWords, detectLanguage } from '../../../src/lib/extract/language.ts';

// the counts are loops for speed; the regexes they replace are the definition
const hanByRegex = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
const latinByRegex = (s: string) => s.match(/[A-Za-z]{2,}/g)?.length ?? 0;

describe('detectLanguage', () => {
  it('tells Chinese, English and mixed prose apart', () => {
    expect(detectLanguage('数据库主库宕机，切换失败。')).toBe('zh');
    expect(detectLanguage('The primary database went down and failover failed.')).toBe('en');
    expect(detectLanguage('Kafka consumer lag 升高, rebalance 频繁')).toBe('mixed');
    expect(detectLanguage('')).toBe('en');
  });

  it('counts exactly what the regexes count', () => {
    const samples = [
      '', 'a', 'ab', 'a b cd', 'x1y zz_ab-cd', 'Ünïcode wörds é', '𠀀𠀁 数据库 〇 々 〆 ㄅ 가', 'kafka卡夫卡AB',
      '\ud840', 'ab\udc00cd', '中'.repeat(1000) + 'word '.repeat(500), '[A-Z] @[`{ Zz', 'ĀāŁł', 'ＡＢ ｃｄ',
    ];
    for (const name of readdirSync('content/inbox')) samples.push(readFileSync(`content/inbox/${name}`, 'utf8'));
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'Z', ' ', '\n', '1', '_', '中', '𠀀', 'é', '@', '[', '`', '{', '\ud840', '\udc00', '々'];
    for (let i = 0; i < 300; i++) samples.push(Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const s of samples) {
      expect(countHan(s)).toBe(hanByRegex(s));
      expect(countLatinWords(s)).toBe(latinByRegex(s));
    }
  });
});
