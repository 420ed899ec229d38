/** The smallest share of its designed size the stage's text may be shrunk to, to fit. */
const SMALLEST = 0.55;

const fits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;

/**
 * Shrinks what a box holds until it fits, by lowering the `--fit` factor its sizes are multiplied
 * by (the stage sizes everything in `--u`). Content that fits keeps its designed size; content that
 * would run into the footer or off the screen (a long prompt on a 4:3 projector, say) becomes only
 * as much smaller as it must. Refits when the box resizes or what it shows changes.
 */
export function fitToBox(box: HTMLElement) {
  let frame = 0;
  const fit = () => {
    // The common case costs one layout, the one the next paint needs anyway: full size, and it fits.
    if (box.style.getPropertyValue('--fit') !== '') box.style.removeProperty('--fit');
    if (fits(box)) return;
    // Each try lays the box out once; seven halvings get within 0.4% of the largest size that fits.
    let lo = SMALLEST;
    let hi = 1;
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      box.style.setProperty('--fit', String(mid));
      if (fits(box)) lo = mid;
      else hi = mid;
    }
    box.style.setProperty('--fit', String(lo));
  };
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(box);
  const changed = new MutationObserver(schedule);
  changed.observe(box, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  void document.fonts?.ready.then(schedule);
  fit();
  return {
    destroy() {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    },
  };
}
