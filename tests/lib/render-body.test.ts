import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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

describe('renderBody on the hostile fixtures (issue #7)', () => {
  const ALLOWED = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'code', 'pre', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 'span', 'sup', 'section']);
  /** Every real tag (escaped text is &#x3C;…) is harmless: a known element, no handler, no script URL, no src. */
  const activeMarkup = (html: string) =>
    [...html.matchAll(/<\/?([a-z][a-z0-9]*)([^>]*)>/gi)]
      .filter(([, name, attrs]) => !ALLOWED.has(name.toLowerCase()) || /\son\w+\s*=|\ssrc\s*=|\s(href|action)\s*=\s*"?\s*(javascript|data|vbscript):/i.test(attrs))
      .map(([tag]) => tag);
  const fixtures: [string, 'markdown' | 'text'][] = [
    ['raw-html.md', 'markdown'], ['raw-html-text.txt', 'text'], ['mermaid-in-events.md', 'markdown'], ['unclosed-fence.md', 'markdown'],
    ['raw-html.md', 'text'], ['deep-quote.md', 'markdown'],
  ];
  for (const [name, format] of fixtures) {
    it(`renders ${name} as ${format} with no active markup`, () => {
      const text = readFileSync(`tests/fixtures/hostile/${name}`, 'utf8');
      const { html } = renderBody(text, format);
      expect(activeMarkup(html)).toEqual([]);
      expect(html.length).toBeGreaterThan(0);
    });
  }
  it('keeps a mermaid block as escaped code with its language class', () => {
    const { html } = renderBody(readFileSync('tests/fixtures/hostile/mermaid-in-events.md', 'utf8'), 'markdown');
    expect(html).toMatch(/<code class="language-mermaid">[^<]*click A "javascript:alert\(16\)"/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(17)>');
  });
  it('renders a 1 MB line in bounded time', () => {
    const t0 = performance.now();
    renderBody(`# x\n\n${'ab <b>cd</b> *x* [y](javascript:z) '.repeat(30_000)}`, 'markdown');
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 30_000);
});
