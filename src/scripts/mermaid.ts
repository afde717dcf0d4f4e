/**
 * Draws every [data-mermaid] figure with mermaid, imported on demand (only pages with a diagram load it), with
 * securityLevel 'strict' and a theme that follows dark mode; redraws when the theme switch is used.
 */
import { currentLang, isDark } from './prefs.ts';

const figures = [...document.querySelectorAll<HTMLElement>('[data-mermaid]')];
let drawn = '';
let counter = 0;

async function draw(): Promise<void> {
  const theme = isDark() ? 'dark' : 'default';
  const lang = currentLang();
  if (!figures.length || drawn === `${theme}/${lang}`) return;
  drawn = `${theme}/${lang}`;
  const { default: mermaid } = await import('mermaid');
  const fontFamily = getComputedStyle(document.body).fontFamily;
  for (const figure of figures) {
    const source = ((lang === 'zh' && figure.querySelector<HTMLElement>('[data-mermaid-source-zh]')) || figure.querySelector<HTMLElement>('[data-mermaid-source]'))?.textContent ?? '';
    const status = figure.querySelector<HTMLElement>('[data-mermaid-status]');
    // initialize() replaces the whole configuration, so it is given in full for each figure (the gantt width differs)
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme,
      fontFamily,
      themeVariables: { xyChart: { plotColorPalette: isDark() ? '#7cb8f7' : '#0b5cad' } },
      gantt: { useMaxWidth: false, useWidth: Math.max(figure.clientWidth, 760), barHeight: 22, barGap: 6, fontSize: 12, sectionFontSize: 12, leftPadding: 90, topPadding: 40 },
      flowchart: { useMaxWidth: true, wrappingWidth: 360 },
      pie: { useMaxWidth: true },
      xyChart: { useMaxWidth: true },
    });
    try {
      const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
      figure.querySelector('.diagram-svg')?.remove();
      const holder = document.createElement('div');
      holder.className = 'diagram-svg';
      holder.innerHTML = svg;
      figure.append(holder);
      status?.remove();
    } catch (error) {
      if (status) status.textContent = `The diagram could not be drawn: ${(error as Error).message}`;
    }
  }
}

void draw();
document.addEventListener('hindsight:prefs', () => void draw());
