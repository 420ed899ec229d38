// Handout benchmarks, each side by side with printing the same content through Chromium's page.pdf:
//   pack of the longest workshop <= 150 ms; 30-copy class set <= 1000 ms; the facilitator guide and
//   the cards set of the same workshop with the pack's target; the speed-up over Chromium is reported.
// Chromium's launch is excluded; its time is setContent + pdf of equivalent HTML in the same
// Noto Sans faces (served from memory), which Chromium subsets and embeds as pdfkit does.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { handoutOptionsSchema } from '../../src-main/core/handout/handout-options';
import { handoutPackContent, type HandoutPackContent } from '../../src-main/core/handout/handout-pack';
import type { WorksheetBlock } from '../../src-main/core/handout/worksheets';
import { textBlocks } from '../../src-main/core/handout/text-blocks';
import { renderHandoutSet, writeHandoutPack } from '../../src-main/services/handouts';
import { fontFilePath } from '../../src-main/services/handouts/fonts/font-files';
import { longestWorkshop } from '../unit/handouts/fixtures';
import { builtInWorkshops } from '../unit/handouts/built-in';
import { summarise, timeRuns, type Bench, type Measurement } from './measure';

const PACK_RUNS = 20;
const SET_RUNS = 7;
const CHROMIUM_RUNS = 5;
const COPIES = 30;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const para = (s: string) => `<p>${esc(s).replace(/\n/g, '<br>')}</p>`;
const lines = (n: number) => '<div class="line"></div>'.repeat(n);
const each = <T>(items: readonly T[], html: (item: T, i: number) => string) => items.map(html).join('');
const rich = (text: string) =>
  textBlocks(text)
    .map((b) =>
      b.kind === 'paragraph'
        ? para(b.text)
        : `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`,
    )
    .join('');

function blockHtml(b: WorksheetBlock): string {
  switch (b.kind) {
    case 'text':
      return (
        (b.title ? `<h2>${esc(b.title)}</h2>` : '') +
        rich(b.blocks.map((t) => (t.kind === 'paragraph' ? t.text : t.items.map((i) => `- ${i}`).join('\n'))).join('\n\n'))
      );
    case 'prompt':
      return `<div class="keep"><p class="strong">${esc(b.text)}</p>${lines(b.lines)}</div>`;
    case 'lines':
      return `<div class="keep"><p class="strong">${esc(b.label)}</p>${lines(b.lines)}</div>`;
    case 'scenario':
      return (
        `<div class="card"><h2>${esc(b.title)}</h2>${para(b.situation)}` +
        `<div class="two">${each(b.perspectives, (p) => `<p><b>${esc(p.label)}</b><br><i>${esc(p.text)}</i></p>`)}</div>` +
        `<ol>${each(b.questions, (q) => `<li>${esc(q)}</li>`)}</ol></div>`
      );
    case 'spectrum':
      return (
        `<table class="spectrum"><tr><th></th><th>${esc(b.left)} … ${esc(b.right)}</th></tr>` +
        each(b.statements, (s, i) => `<tr><td>${i + 1}. ${esc(s)}</td><td><div class="line"></div></td></tr>`) +
        '</table>'
      );
    case 'tick-rows':
      return each(
        Array.from({ length: b.rows }, (_, i) => i),
        (i) =>
          `<div class="keep"><p class="strong">${esc(b.rowLabel)} ${i + 1}</p>${lines(1)}` +
          each(b.groups, (g) => `<p>${each(g, (o) => `☐ ${esc(o)} `)}</p>`) +
          '</div>',
      );
    case 'situation':
      return `<h3>The situation</h3>${rich(b.text)}`;
  }
}

/** The same content as the PDF pack, as print HTML. */
function packHtml(pack: HandoutPackContent, copies: number, fontCss: string): string {
  const c = pack.cover;
  const s = pack.support;
  const support =
    `<div class="box"><h3>${esc(s.title)}</h3>${para(s.intro)}` +
    `<p>${each(s.fields, (f) => `${esc(f.label)}: ${esc(f.value ?? '')} `)}</p></div>`;
  const cover = c
    ? `<section><small>PARTICIPANT PACK</small><h1 class="title">${esc(c.title)}</h1><p class="lead">${esc(c.summary)}</p>` +
      `<p>For: ${esc(c.audience)} · Length: ${esc(c.duration)} · Date: ${esc(c.date ?? '')}</p>` +
      `<div class="box"><h3>Our ground rules</h3><ol>${each(c.groundRules, (r) => `<li>${esc(r)}</li>`)}</ol></div>` +
      `<div class="box warm"><h3>Before we start</h3>${para(c.contentNote)}</div>${support}</section>`
    : '';
  const k = pack.keyIdeas;
  const t = k?.comparison;
  const ideas = k
    ? `<section><h1>${esc(k.title)}</h1>` +
      each(k.ideas, (i) => `<h2>${esc(i.title)}</h2>${i.text ? para(i.text) : ''}<ul>${each(i.points, (p) => `<li>${esc(p)}</li>`)}</ul>`) +
      (t
        ? `<h2>${esc(t.title)}</h2>${para(t.intro)}` +
          '<table class="cmp"><tr><th>Aspect</th><th>Autonomy</th><th>Attachment</th></tr>' +
          each(t.rows, (r) => `<tr><th>${esc(r.aspect)}</th><td>${esc(r.autonomy)}</td><td>${esc(r.attachment)}</td></tr>`) +
          '</table>'
        : '')
    : '';
  const note = (text?: string) => (text ? `<div class="box warm"><h3>Content note</h3>${para(text)}</div>` : '');
  const sheets = each(
    pack.worksheets,
    (w) =>
      `<small>WORKSHEET ${w.number} · ${esc(w.kindLabel)} · ${w.minutes} MIN</small><h1>${esc(w.title)}</h1>` +
      `${note(w.contentNote)}${each(w.blocks, blockHtml)}`,
  );
  const a = pack.actionPlan;
  const prompts = (list: readonly { text: string; lines: number }[]) =>
    each(list, (p) => `<p class="strong">${esc(p.text)}</p>${lines(p.lines)}`);
  const plan = a
    ? `<h1>${esc(a.title)}</h1>${para(a.intro)}<h2>${esc(a.strategies.heading)}</h2>` +
      `<ul>${each(a.strategies.items, (s) => `<li><b>${esc(s.name)}</b> ${esc(s.hint)}</li>`)}</ul>${lines(2)}` +
      `<h2>${esc(a.balance.heading)}</h2>${prompts(a.balance.prompts)}` +
      `<h2>${esc(a.firstStep.heading)}</h2>${prompts(a.firstStep.prompts)}`
    : '';
  const one = cover + ideas + sheets + plan;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(pack.workshopTitle)}: handout</title><style>${fontCss}
    @page { size: A4; margin: 54pt 54pt 50pt 54pt; }
    body { font-family: 'Noto Sans'; font-size: 10.5pt; line-height: 15.5pt; color: #1f2a30; }
    section { break-before: page; } h1 { font-weight: 600; font-size: 20pt; } h1.title { font-size: 28pt; }
    h2 { font-size: 13pt; color: #2c6b6f; font-weight: 600; }
    small { color: #2c6b6f; font-weight: 600; font-size: 8.5pt; } .lead { font-size: 12pt; } .strong { font-weight: 600; }
    .line { border-bottom: 0.6pt solid #a7b8bc; height: 24pt; } .keep, .card { break-inside: avoid; }
    .box { background: #e4efee; border-left: 4pt solid #2c6b6f; padding: 12pt; border-radius: 5pt; margin: 12pt 0; break-inside: avoid; }
    .warm { background: #f5e9e3; border-color: #9a5239; }
    .card { border: 1pt solid #1f2a30; border-radius: 6pt; padding: 10pt 12pt; margin: 12pt 0; }
    table { width: 100%; border-collapse: collapse; }
    .cmp th, .cmp td { padding: 5pt 6pt; border-bottom: 0.5pt solid #c3cfd2; text-align: left; vertical-align: top; }
    .cmp tr:first-child th { background: #e4efee; color: #2c6b6f; }
    .two { columns: 2; }
    </style></head><body>${Array.from({ length: copies }, () => one).join('')}</body></html>`;
}

// Fonts are served to Chromium from memory under this origin, so it can cache them across prints
// as pdfkit caches its parsed fonts (a base64 data URL would be decoded again on every print).
const FONT_ORIGIN = 'https://fonts.handout.invalid';
const FONTS = [
  { slot: 'regular', weight: 400, style: 'normal' },
  { slot: 'semibold', weight: 600, style: 'normal' },
  { slot: 'italic', weight: 400, style: 'italic' },
] as const;
const fontCss = FONTS.map(
  (f) =>
    `@font-face { font-family: 'Noto Sans'; font-weight: ${f.weight}; font-style: ${f.style}; ` +
    `src: url(${FONT_ORIGIN}/${f.slot}.ttf) format('truetype'); }`,
).join('\n');

const baselineOf = (m: Measurement) => ({ name: m.name, median: m.median, p95: m.p95, runs: m.runs });

function speedUp(name: string, ours: Measurement, chrome: Measurement): Measurement {
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return {
    name,
    unit: 'x',
    median: ratio(chrome.median, ours.median),
    p95: ratio(chrome.p95, ours.p95),
    runs: Math.min(ours.runs, chrome.runs),
    baseline: baselineOf(chrome),
  };
}

export const run: Bench = async (report) => {
  const workshop = longestWorkshop();
  const pack = handoutPackContent(workshop, handoutOptionsSchema.parse({}));

  const ours = summarise(
    `handouts: pack of the longest workshop (${workshop.id}, pdfkit)`,
    'ms',
    await timeRuns(() => writeHandoutPack(workshop, {}), PACK_RUNS, 8),
  );
  const oursSet = summarise(
    `handouts: ${COPIES}-copy class set (pdfkit)`,
    'ms',
    await timeRuns(() => writeHandoutPack(workshop, { copies: COPIES }), SET_RUNS, 1),
  );

  const guide = summarise(
    `handouts: facilitator guide of the longest workshop (${workshop.id}, pdfkit)`,
    'ms',
    await timeRuns(() => renderHandoutSet('guide', workshop, { start: '18:30' }), PACK_RUNS, 4),
  );
  const cards = summarise(
    `handouts: cards to print and cut of the longest workshop (${workshop.id}, pdfkit)`,
    'ms',
    await timeRuns(() => renderHandoutSet('cards', workshop, {}), PACK_RUNS, 4),
  );

  // A right-to-left pack writes each Arabic word twice (shaped, and the readable layer): its cost beside the English original.
  const [english, arabic] = ['essentials', 'essentials-ar'].map((id) => builtInWorkshops().find((w) => w.id === id)!);
  const englishPack = summarise(
    'handouts: pack of the Essentials in English',
    'ms',
    await timeRuns(() => writeHandoutPack(english, {}), PACK_RUNS, 4),
  );
  const arabicPack = summarise(
    'handouts: pack of the Essentials in Arabic (with the readable layer)',
    'ms',
    await timeRuns(() => writeHandoutPack(arabic, {}), PACK_RUNS, 4),
  );

  // A pack in two languages lays out both packs' parts: its cost beside the pack in one of them.
  const library = builtInWorkshops();
  const spanish = library.find((w) => w.id === 'essentials-es')!;
  const spanishPack = summarise(
    'handouts: pack of the Essentials in Spanish',
    'ms',
    await timeRuns(() => renderHandoutSet('pack', spanish, {}, [], library), PACK_RUNS, 4),
  );
  const bilingualPack = summarise(
    'handouts: pack of the Essentials in Spanish, also in English (one after the other)',
    'ms',
    await timeRuns(() => renderHandoutSet('pack', spanish, { also: 'en' }, [], library), PACK_RUNS, 4),
  );

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const fontFiles = new Map(FONTS.map((f) => [`${FONT_ORIGIN}/${f.slot}.ttf`, readFileSync(fontFilePath(f.slot))]));
    await page.route(`${FONT_ORIGIN}/**`, (route) =>
      route.fulfill({
        body: fontFiles.get(route.request().url()),
        contentType: 'font/ttf',
        headers: { 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' },
      }),
    );
    const print = async (html: string) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    };
    const oneHtml = packHtml(pack, 1, fontCss);
    const setHtml = packHtml(pack, COPIES, fontCss);
    const chrome = summarise('chromium page.pdf: same pack as HTML', 'ms', await timeRuns(() => print(oneHtml), CHROMIUM_RUNS, 1));
    const chromeSet = summarise(
      `chromium page.pdf: same ${COPIES}-copy class set as HTML`,
      'ms',
      await timeRuns(() => print(setHtml), CHROMIUM_RUNS, 1),
    );

    report({ ...ours, baseline: baselineOf(chrome), target: '<= 150 ms' });
    report({ ...oursSet, baseline: baselineOf(chromeSet), target: '<= 1000 ms' });
    report({ ...guide, target: '<= 150 ms' });
    report({ ...cards, target: '<= 150 ms' });
    report({ ...arabicPack, baseline: baselineOf(englishPack), target: '<= 150 ms' });
    report({ ...bilingualPack, baseline: baselineOf(spanishPack), target: '<= 300 ms' });
    report(speedUp('handouts: speed-up over chromium, pack', ours, chrome));
    report(speedUp(`handouts: speed-up over chromium, ${COPIES}-copy class set`, oursSet, chromeSet));
  } finally {
    await browser.close();
  }
};
