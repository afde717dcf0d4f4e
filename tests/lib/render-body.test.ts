import { describe, expect, it } from 'vitest';
import { anchorFor, renderBody } from '../../src/lib/render-body.ts';

describe('renderBody', () => {
  it('anchors blocks by source line, offset by the source frontmatter', () => {
    const { html, anchors } = renderBody('# Title\n\ntext\n\n- a\n- b\n', 'markdown', 3);
    expect(anchors).toEqual([4, 6, 8, 9]);
    expect(html).toContain('<h2 id="L4">Title</h2>');
  });
  it('never lets markup from a report through', () => {
    const evil = '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3)) <iframe src="https://evil.example"></iframe>\n\n![pic](https://evil.example/a.png)';
    const { html } = renderBody(evil, 'markdown');
    expect(html).not.toMatch(/<script|<iframe|<img|<[^>]*\sonerror=|href="javascript:/i);
    expect(html).toContain('&#x3C;script>');
  });
  it('keeps the line breaks of plain text and escapes it', () => {
    const { html, anchors } = renderBody('a <b>\nc\n\nd', 'text');
    expect(anchors).toEqual([1, 2, 4]);
    expect(html).toBe('<p><span id="L1">a &#x3C;b></span><br><span id="L2">c</span></p><p><span id="L4">d</span></p>');
  });
  it('links a line inside a paragraph to the paragraph', () => {
    expect(anchorFor(7, [1, 5, 9])).toBe(5);
    expect(anchorFor(0, [1, 5])).toBe(1);
  });
});
