import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../../../src/lib/extract/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM and normalises line endings', () => {
    expect(decodeBytes(enc('a\r\nb\rc'))).toEqual({ text: 'a\nb\nc', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('现象')]))).toEqual({ text: '现象', encoding: 'utf-8-bom' });
  });
  it('reads GB18030 (GBK) Chinese, including characters GBK decoders lose', () => {
    // 现象 in GBK, then 𠀀 as a four-byte GB18030 sequence
    const bytes = new Uint8Array([0xcf, 0xd6, 0xcf, 0xf3, 0x95, 0x32, 0x82, 0x36]);
    expect(decodeBytes(bytes)).toEqual({ text: '现象𠀀', encoding: 'gb18030' });
  });
  it('reads UTF-16 with a BOM', () => {
    const body = '故障 ok';
    const le = new Uint8Array(2 + body.length * 2);
    le.set([0xff, 0xfe]);
    [...body].forEach((ch, i) => { const c = ch.charCodeAt(0); le[2 + i * 2] = c & 0xff; le[3 + i * 2] = c >> 8; });
    expect(decodeBytes(le)).toEqual({ text: body, encoding: 'utf-16le' });
  });
  it('refuses empty, blank and binary input with a clear reason', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeBytes(enc(' \n\t\n'))).toThrow(/whitespace/);
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toThrow(DecodeError);
  });
});
