/* Applies the remembered interface language and colour theme before the first paint (an external file, so a
   Content-Security-Policy of script-src 'self' allows it). The switches themselves live in src/scripts/prefs.ts. */
(function () {
  var root = document.documentElement;
  try {
    var lang = localStorage.getItem('hindsight-lang');
    if (lang !== 'en' && lang !== 'zh') lang = /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
    root.setAttribute('data-lang', lang);
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    var theme = localStorage.getItem('hindsight-theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  } catch (e) {
    root.setAttribute('data-lang', 'en');
  }
})();
