import type { Block, Page, Slice } from './display-list';

/**
 * Places blocks on pages of `contentHeight`: fresh pages where a block asks for one, headings
 * kept with what follows, cards kept whole where they fit on a page, and writing lines filling
 * what is left of a page. Nothing is placed below the bottom margin: a slice taller than a whole
 * page is the only thing that could overflow, and the builders never make one.
 */
const height = (slices: readonly Slice[]) => slices.reduce((s, sl) => s + sl.height, 0);

export function paginate(blocks: readonly Block[], contentHeight: number): Page[] {
  const pages: Page[] = [];
  let page: Page | null = null;
  let y = 0;
  let header: string | null = null;

  const newPage = () => {
    page = { slices: [], outlines: [], header };
    pages.push(page);
    y = 0;
  };
  const fits = (h: number) => y + h <= contentHeight + 0.01;
  const place = (slice: Slice) => {
    if (!page || (!fits(slice.height) && page.slices.length > 0)) newPage();
    page!.slices.push({ slice, y });
    y += slice.height;
  };

  blocks.forEach((block, i) => {
    if (block.header !== undefined) header = block.header;
    if (!page || (block.newPage && (page.slices.length > 0 || y > 0))) newPage();
    else if (page.header !== header && page.slices.length === 0) page.header = header;
    const gap = y > 0 ? block.spaceBefore : 0;

    if (block.fill) {
      const { slice, sliceHeight, minSlices, maxSlices } = block.fill;
      if (!fits(gap + sliceHeight * minSlices)) newPage();
      else y += gap;
      const n = Math.min(maxSlices, Math.max(minSlices, Math.floor((contentHeight - y + 0.01) / sliceHeight)));
      if (block.outline) page!.outlines.push(block.outline);
      for (let k = 0; k < n; k++) place(slice(k));
      return;
    }

    const total = height(block.slices);
    let needed = gap + (block.keepTogether ? total : (block.slices[0]?.height ?? 0));
    if (block.keepWithNext) {
      // A heading at the foot of a page, with its content overleaf, helps no one; nor does a
      // heading followed by a subheading there. Follow the chain to the first real content.
      needed = gap + total;
      let j = i + 1;
      while (blocks[j]?.keepWithNext && !blocks[j].newPage) {
        needed += blocks[j].spaceBefore + height(blocks[j].slices);
        j++;
      }
      const next = blocks[j];
      if (next && !next.newPage) needed += next.spaceBefore + height(next.keepTogether ? next.slices : next.slices.slice(0, 2));
    }
    if (!fits(needed) && y > 0 && needed - gap <= contentHeight) newPage();
    else y += y > 0 ? gap : 0;
    if (block.outline) page!.outlines.push(block.outline);
    for (const s of block.slices) place(s);
  });
  return pages;
}
