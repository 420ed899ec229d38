/* global document, NodeFilter, getComputedStyle */
// Runs inside a page (see catalog-text.ts), which wraps it in parentheses and calls it; on its own this file
// is one function expression.
/**
 * Every text a person sees or hears on the page in the page's own language: visible text nodes, and the labels and
 * placeholders of controls. Text marked as another language (a workshop's content, `lang="en"` on an Arabic
 * page) is content, not the interface's words, and is left out.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
(function shownTexts() {
  const primary = (tag) => (tag || '').split('-')[0].toLowerCase();
  const page = primary(document.documentElement.lang);
  const ours = (el) => primary(el.closest('[lang]')?.getAttribute('lang')) === page;
  const texts = [];
  const labels = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent?.trim();
    if (!el || !text || el.closest('script,style,[hidden]') || !ours(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    texts.push(text.replace(/\s+/g, ' '));
  }
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    if (!ours(el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name)?.trim();
      if (value) labels.push(value);
    }
  }
  return { texts, labels };
});
