/** Ids follow the schema's rule: lower-case letters, digits and dashes, at most 80 characters. */
const MAX_ID = 80;

/** Lower-case, dash-separated, safe to use as an id base; never empty. */
export function idBase(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID - 4)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base` when it is free, else `base-2`, `base-3`… so that imported and copied things never clash. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const clean = idBase(base);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${clean.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The next `prefix-N` that no item in the list uses, for new cards, options and statements. */
export function nextItemId(prefix: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((i) => i.id));
  for (let n = items.length + 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
