import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../src/lib/extract/title-derive.ts';
import type { Fact } from '../../../src/lib/extract/facts.ts';

const fact = (field: Fact['field'], text: string, score = 3): Fact => ({ field, text, score, line: 1, unit: { text, line: 1, source: 'sentence', section: {} as never } });

describe('deriveTitle', () => {
  it('joins the best short cause and symptom as <cause>导致<symptom>, without narrative openers or a closing particle', () => {
    const items = [fact('causes', '这样来看很明显就是 1.3.5 的问题了'), fact('symptoms', '然而调整完就有 kafka 消费延迟的告警了')];
    expect(deriveTitle(items, 'zh')).toBe('1.3.5 的问题导致调整完就有 kafka 消费延迟的告警');
  });
  it('never uses a guess: the symptom stands alone', () => {
    const items = [fact('causes', 'maybe the network was flaky again'), fact('symptoms', 'TLS handshakes failed at the edge')];
    expect(deriveTitle(items, 'en')).toBe('TLS handshakes failed at the edge');
  });
  it('passes over a side that still holds a causal link, which the title would say twice', () => {
    const items = [fact('causes', '基本就能定位这个消费延迟的问题是版本导致的', 4), fact('causes', '查找域名失败'), fact('symptoms', '然而调整完就有 kafka 消费延迟的告警了')];
    expect(deriveTitle(items, 'zh')).toBe('查找域名失败导致调整完就有 kafka 消费延迟的告警');
  });
});
