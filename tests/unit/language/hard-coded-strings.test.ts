import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the lint tools, without types.
import { hardCodedStrings, svelteFiles } from '../../lint/hard-coded-strings.mjs';

type Found = { line: number; text: string }[];
const scan = (source: string) => (hardCodedStrings as (s: string) => Found)(source).map((f) => f.text);
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('words on screen come from the catalogs', () => {
  it('finds text in markup, literal words in markup expressions, and words in the attributes a person reads or hears', () => {
    const source = `<script>let on = $state(false);</script>
<h1>Start the session</h1>
<button title="Pause the timer" aria-label={m.console_pause()} class="primary wide">{on ? 'Stop' : m.console_go()}</button>
<input placeholder="Type here" />
<p>{count} · {time}</p>
<img alt={\`Photo of \${name}\`} src="x.png" />`;
    expect(scan(source)).toEqual(['Start the session', 'Pause the timer', 'Stop', 'Type here', 'Photo of']);
  });

  it('leaves numbers, punctuation, symbols, class names and script code alone', () => {
    expect(scan(`<script>const label = 'Not on screen';</script><p class="big note">{n} / {total} · 12:00 — ×</p>`)).toEqual([]);
  });

  it('no .svelte file of the app writes words a person sees straight into its markup', () => {
    const files: string[] = (svelteFiles as () => string[])();
    expect(files.length).toBeGreaterThan(90);
    const found = files.flatMap((file) =>
      (hardCodedStrings as (s: string) => Found)(readFileSync(root + file, 'utf8')).map(({ line, text }) => `${file}:${line}: "${text}"`),
    );
    expect(found).toEqual([]);
  });
});
