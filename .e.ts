import { fontFor } from './src-main/services/handouts/fonts/font-files';
const f = fontFor('emoji');
for (const s of ['👍🏽', '❤️', '🤝']) {
  const run = f.layout(s);
  console.log(s, run.glyphs.map(g => [g.id, g.codePoints.map(c => c.toString(16))]), f.hasGlyphForCodePoint(0x1f3fd));
}
