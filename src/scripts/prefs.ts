/**
 * Interface language and colour theme: the two header switches, remembered in localStorage. Pages carry both
 * languages (CSS shows one), so switching only flips an attribute; elements with data-en / data-zh (select
 * options, aria labels) get their text set here. Others listen for the `hindsight:prefs` event.
 */
export type Lang = 'en' | 'zh';
const root = document.documentElement;

export const currentLang = (): Lang => (root.dataset.lang === 'zh' ? 'zh' : 'en');
export const isDark = (): boolean =>
  root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;

/** Sets text and labels that cannot hold two languages (option text, aria-label, title) to the current one. */
export function localise(scope: ParentNode = document): void {
  const lang = currentLang();
  scope.querySelectorAll<HTMLElement>('[data-en]').forEach((el) => {
    const text = el.dataset[lang] ?? el.dataset.en!;
    if (el.dataset.attr) el.setAttribute(el.dataset.attr, text);
    else el.textContent = text;
  });
}

function store(key: string, value: string): void {
  try { localStorage.setItem(key, value); } catch { /* private mode: the choice lasts for this page */ }
}

function sync(): void {
  const langButton = document.querySelector<HTMLButtonElement>('[data-lang-switch]');
  langButton?.setAttribute('aria-pressed', String(currentLang() === 'zh'));
  document.querySelector<HTMLButtonElement>('[data-theme-switch]')?.setAttribute('aria-pressed', String(isDark()));
  localise();
  document.dispatchEvent(new CustomEvent('hindsight:prefs'));
}

document.querySelector('[data-lang-switch]')?.addEventListener('click', () => {
  const lang: Lang = currentLang() === 'zh' ? 'en' : 'zh';
  root.dataset.lang = lang;
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  store('hindsight-lang', lang);
  sync();
});
document.querySelector('[data-theme-switch]')?.addEventListener('click', () => {
  const theme = isDark() ? 'light' : 'dark';
  root.dataset.theme = theme;
  store('hindsight-theme', theme);
  sync();
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { if (!root.dataset.theme) sync(); });
sync();
