/* global window, document, MutationObserver, KeyboardEvent, dispatchEvent */
// Runs inside the console page (see live-latency.bench.ts): presses each key and times, on this
// page's clock, when the projector window and the console's own live copy show the change.
// The bench wraps it in parentheses and appends the call `(keys)`; on its own this file is one function expression.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
async (keys) => {
  const popup = window.open('', 'secure-base-projector');
  const ROOM = '[data-testid="projector"] .stage';
  const DESK = '[data-testid="preview-now"] .stage';
  const revision = (doc, sel) => doc.querySelector(sel).getAttribute('data-revision');
  const changed = (doc, sel) => {
    const before = revision(doc, sel);
    return new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (revision(doc, sel) !== before) {
          obs.disconnect();
          resolve(performance.now());
        }
      });
      obs.observe(doc.body, { subtree: true, attributes: true, attributeFilter: ['data-revision'] });
    });
  };
  const out = { projector: [], frame: [], console: [] };
  for (const key of keys) {
    const room = changed(popup.document, ROOM);
    const desk = changed(document, DESK);
    const t0 = performance.now();
    dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const [t1, t2] = await Promise.all([room, desk]);
    const t3 = await new Promise((resolve) => popup.requestAnimationFrame(() => resolve(performance.now())));
    out.projector.push(t1 - t0);
    out.console.push(t2 - t0);
    out.frame.push(t3 - t0);
  }
  return out;
};
