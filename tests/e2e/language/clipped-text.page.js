/* global window, document, NodeFilter */
// Runs inside the console (see pseudo-locale.spec.ts), which wraps it in parentheses and calls it; on its own
// this file is one function expression.
/**
 * Runs in the page: the text under `root` that does not fit. A line cut at the side of a box that hides what
 * overflows (a button too narrow for its label), a line outside the window, or lines of two elements on top of
 * each other. Text scrolled out of a scrolling panel is not cut: it is one scroll away.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
(function clippedText(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return [`nothing matches ${rootSelector}`];
  const slack = 1;
  const lines = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (el.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0.5 && rect.height > 0.5) lines.push({ text: text.slice(0, 50), rect, el });
  }
  const scrolls = (s) => /(auto|scroll)/.test(s.overflowY) || /(auto|scroll)/.test(s.overflowX);
  const problems = [];
  const shown = [];
  for (const { text, rect, el } of lines) {
    let hidden = false;
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = window.getComputedStyle(e);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = e.getBoundingClientRect();
      const outside =
        rect.bottom <= c.top + slack || rect.top >= c.bottom - slack || rect.right <= c.left + slack || rect.left >= c.right - slack;
      if (scrolls(s) && outside) {
        hidden = true; // scrolled away
        break;
      }
      const cut = rect.left < c.left - slack || rect.right > c.right + slack || rect.top < c.top - slack || rect.bottom > c.bottom + slack;
      if (
        cut &&
        !(scrolls(s) && (rect.top < c.top || rect.bottom > c.bottom) && rect.left >= c.left - slack && rect.right <= c.right + slack)
      ) {
        problems.push(`"${text}" is cut off by its box (${e.className || e.tagName})`);
        hidden = true;
        break;
      }
    }
    if (hidden) continue;
    if (rect.left < -slack || rect.right > window.innerWidth + slack) problems.push(`"${text}" leaves the window sideways`);
    shown.push({ text, rect, el });
  }
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      if (shown[i].el === shown[j].el) continue;
      const a = shown[i].rect;
      const b = shown[j].rect;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 2 && y > 2) problems.push(`"${shown[i].text}" overlaps "${shown[j].text}" by ${Math.round(Math.min(x, y))}px`);
    }
  }
  return problems;
});
