/* global window, document, NodeFilter */
// Runs inside the projector page (see projector-fit.spec.ts), which wraps it in parentheses and
// calls it; on its own this file is one function expression.
/**
 * Runs in the page: every line of visible text under `root`, as the browser laid it out (one
 * rectangle per line box of each text node, from Range.getClientRects), and the ways they fail
 * to fit: a line outside the window, out of its region (e.g. the slide's body, above the footer)
 * or cut off by a clipping box, or two lines on top of each other.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
(function textFitProblems([rootSelector, regionSelector]) {
  const STRICT = 1;
  const root = document.querySelector(rootSelector);
  if (!root) return [`nothing matches ${rootSelector}`];
  const width = window.innerWidth;
  const height = window.innerHeight;
  const slack = 1;
  const lines = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // Text for screen readers only (clipped to a 1px box) is not on the screen.
    if (el.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects())
      if (rect.width > 0.5 && rect.height > 0.5) lines.push({ text: text.slice(0, 50), rect, node });
  }
  const problems = [];
  const clipOf = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = window.getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return e;
    }
    return null;
  };
  for (const { text, rect, node } of lines) {
    if (rect.left < -slack || rect.top < -slack || rect.right > width + slack || rect.bottom > height + slack) {
      problems.push(`"${text}" leaves the screen (${[rect.left, rect.top, rect.right, rect.bottom].map(Math.round).join(', ')})`);
      continue;
    }
    // A region's text stays inside it, so it cannot run under what the layout puts next to it
    // (the slide under the footer), whatever the fonts' line heights.
    const region = regionSelector ? node.parentElement?.closest(regionSelector) : null;
    if (region) {
      const r = region.getBoundingClientRect();
      if (rect.top < r.top - slack || rect.bottom > r.bottom + slack || rect.left < r.left - slack || rect.right > r.right + slack)
        problems.push(
          `"${text}" runs out of its area (${region.className}) by ${Math.round(Math.max(rect.bottom - r.bottom, r.top - rect.top))}px`,
        );
    }
    const clip = clipOf(node.parentElement);
    if (clip) {
      const c = clip.getBoundingClientRect();
      if (rect.left < c.left - slack || rect.top < c.top - slack || rect.right > c.right + slack || rect.bottom > c.bottom + slack)
        problems.push(`"${text}" is cut off by its box (${clip.className || clip.tagName})`);
    }
  }
  // The lines of one paragraph may touch where its line height is tighter than the font's own
  // ascent and descent; lines on top of each other share far more than that. Lines of two
  // different elements must not meet at all.
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i].rect;
      const b = lines[j].rect;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const allowed = lines[i].node.parentElement === lines[j].node.parentElement ? 0.3 * Math.min(a.height, b.height) : STRICT;
      if (x > 2 && y > allowed) problems.push(`"${lines[i].text}" overlaps "${lines[j].text}" by ${Math.round(y)}px`);
    }
  }
  return problems;
});
