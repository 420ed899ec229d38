import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutSet, type HandoutResult } from '../../../src-main/services/handouts';
import { HANDOUT_SETS } from '../../../src-main/core/handout/handout-options';
import { followUpMessage } from '../../../src-main/core/handout/follow-up';
import { withChosenCards, ScenarioChoiceError } from '../../../src-main/core/handout/scenario-choice';
import { builtInBanks, builtInWorkshops } from './built-in';
import { fonts, info, pageTexts, poppler, squash, squash as squashSpaces, lettersOf, text } from './pdf-tools';
import { directionOf } from '../../../src-main/core/workshop/language';
import { catalogLocale, m } from '../../../src-main/core/catalog/locale';
import { formatDateField } from '../../../src-main/core/handout/format';

const workshops = builtInWorkshops();
const banks = builtInBanks();

describe.each(workshops.map((w) => [w.id, w] as const))('the printed sets of %s', (_id, workshop) => {
  // Right-to-left text is compared letter by letter: poppler moves neutral punctuation between its words.
  const rtl = directionOf(workshop.lang) === 'rtl';
  const squash = rtl ? lettersOf : squashSpaces;
  // The fixed words speak the workshop's language.
  const says = { locale: catalogLocale(workshop.lang) };
  let guide: HandoutResult;
  let cards: HandoutResult;
  beforeAll(async () => {
    guide = await renderHandoutSet('guide', workshop, { start: '18:30' });
    cards = await renderHandoutSet('cards', workshop, { participants: 8 });
  });

  it('guide: every activity title with its clock time from the start', () => {
    const t = text(guide.pdf, ['-layout']);
    let at = 18 * 60 + 30;
    for (const a of workshop.activities) {
      const clock = `${String(Math.floor(at / 60) % 24).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
      const row = t.split('\n').find((l) => l.includes(clock) && squash(l).includes(squash(a.title).slice(0, 20)));
      expect(row, `${clock} ${a.title}`).toBeDefined();
      at += a.minutes;
    }
  });

  it('guide: goals, steps with minutes, debrief, short of time, answer keys, background and disclosure', () => {
    const all = squash(text(guide.pdf));
    for (const a of workshop.activities) {
      expect(all).toContain(squash(a.goal));
      expect(all).toContain(squash(a.script.say));
      for (const s of a.script.steps) expect(all).toContain(squash(s.text));
      for (const q of a.script.debrief) expect(all).toContain(squash(q));
      if (a.shortOfTime) expect(all).toContain(squash(a.shortOfTime));
      if (a.facilitatorNote) expect(all).toContain(squash(a.facilitatorNote));
      for (const m of a.materials) expect(all).toContain(squash(m));
      if (a.kind === 'card-sort') for (const c of a.cards) if (c.explanation) expect(all).toContain(squash(c.explanation));
    }
    for (const heading of [
      m.handouts_guide_run_sheet({}, says),
      m.handouts_guide_materials({}, says),
      m.handouts_background_title({}, says),
      m.handouts_disclosure_title({}, says),
      m.handouts_disclosure_secrecy({}, says),
    ])
      expect(all).toContain(squash(heading));
    if (says.locale === 'en') expect(all).toMatch(/nottherapy|isnot:therapy/i);
    else expect(all).toContain(squash(m.handouts_background_is_not({}, says)));
  });

  it('cards: every card-sort statement, every scenario situation with both points of view, every role on its own card', () => {
    const pages = pageTexts(cards.pdf).map(squash);
    // Cards side by side share text lines: the tag tree reads each card on its own.
    // (pdfinfo reads right-to-left cards from their drawn glyphs, which do not name their letters:
    // those are counted in the page text, where poppler reads the readable layer.)
    const tagged = squash(rtl ? text(cards.pdf) : poppler('pdfinfo', cards.pdf, ['-struct-text']));
    const count = (s: string) => tagged.split(squash(s)).length - 1;
    for (const a of workshop.activities) {
      if (a.kind === 'card-sort') for (const c of a.cards) expect(count(c.text), c.text).toBe(4);
      if (a.kind === 'scenario')
        for (const c of a.cards) {
          const page = pages.find((p) => p.includes(squash(c.situation)));
          expect(page, c.title).toBeDefined();
          for (const p of c.perspectives ?? []) expect(page).toContain(squash(p.text));
        }
      // One card per role for each group of players: 8 people in groups of as many as there are roles.
      if (a.kind === 'role-play') for (const r of a.roles) expect(count(r.brief), r.name).toBe(Math.ceil(8 / a.roles.length));
      if (a.kind === 'spectrum') {
        expect(pages.some((p) => p.startsWith(squash(a.poles.left)))).toBe(true);
        expect(pages.some((p) => p.startsWith(squash(a.poles.right)))).toBe(true);
      }
    }
    // The first page is not a contents page alone: the first cards start under the list.
    // The set prints card sorts first, then scenario cards, then role cards.
    const first = ['card-sort', 'scenario'].map((k) => workshop.activities.find((a) => a.kind === k)).find(Boolean);
    if (first?.kind === 'card-sort') expect(pages[0]).toContain(squash(first.cards[0].text).slice(0, 12));
    if (first?.kind === 'scenario') expect(pages[0]).toContain(squash(first.cards[0].title));
  });

  it('feedback fits one page with the goals as scales; certificates carry the names', async () => {
    const feedback = await renderHandoutSet('feedback', workshop, {});
    expect(feedback.pageCount).toBe(1);
    expect(squash(text(feedback.pdf))).toContain(squash(m.handouts_feedback_better({}, says)));
    const certs = await renderHandoutSet('certificate', workshop, {
      names: ['Ana Ruiz', 'Kwame Mensah'],
      date: '2026-12-03',
      facilitatorName: 'Sam Lee',
    });
    const t = pageTexts(certs.pdf);
    expect(t).toHaveLength(2);
    expect(t[0]).toContain('Ana Ruiz');
    expect(t[1]).toContain('Kwame Mensah');
    // On a page of English words poppler orders an Arabic title's words left to right: each word is checked.
    if (rtl) for (const word of workshop.title.split(/\s+/)) expect(squash(t[1])).toContain(squash(word));
    else expect(squash(t[1])).toContain(squash(workshop.title));
    expect(squash(t[1])).toContain(squash(formatDateField('2026-12-03', workshop.lang)));
    if (says.locale === 'en') expect(t[1]).toContain('3 December 2026');
    expect(t[1]).toContain('Sam Lee');
  });
});

describe('every set', () => {
  it.each(HANDOUT_SETS)('%s is tagged PDF/UA with every font embedded', async (set) => {
    const r = await renderHandoutSet(set, workshops[0], { start: '09:00' });
    const i = info(r.pdf);
    expect(i.Tagged).toBe('yes');
    expect(r.pdf.toString('latin1')).toContain('pdfuaid:part');
    for (const f of fonts(r.pdf)) expect(f.emb, f.name).toBe('yes');
    expect(r.missingCharacters).toEqual([]);
  });

  it('prints a certificate with the name left blank when no names are given', async () => {
    const english = workshops.find((w) => w.lang === 'en')!;
    const r = await renderHandoutSet('certificate', english, {});
    expect(r.pageCount).toBe(1);
    expect(text(r.pdf)).toContain('This is to certify that');
  });
});

describe('chosen scenario cards', () => {
  const withScenarios = workshops.find((w) =>
    w.activities.some((a) => a.kind === 'scenario' && banks.some((b) => b.section === a.section)),
  )!;
  const activity = withScenarios.activities.find((a) => a.kind === 'scenario' && banks.some((b) => b.section === a.section))!;
  const own = activity.kind === 'scenario' ? activity.cards : [];
  // A bank card the activity does not already carry, so the choice visibly changes what is printed.
  const bankCard = banks.find((b) => b.section === activity.section)!.cards.find((c) => !own.some((o) => o.id === c.id))!;

  it('uses the cards chosen, in the order chosen, from the activity and its section’s bank', async () => {
    const choice = { [activity.id]: [bankCard.id, own[0].id] };
    const chosen = withChosenCards(withScenarios, choice, banks).activities.find((a) => a.id === activity.id)!;
    expect(chosen.kind === 'scenario' && chosen.cards.map((c) => c.id)).toEqual([bankCard.id, own[0].id]);
    const pack = squash(text((await renderHandoutSet('pack', withScenarios, { scenarioCards: choice }, banks)).pdf));
    expect(pack).toContain(squash(bankCard.situation));
    if (own.length > 1) expect(pack).not.toContain(squash(own[1].situation));
    const cards = squash(text((await renderHandoutSet('cards', withScenarios, { scenarioCards: choice }, banks)).pdf));
    expect(cards).toContain(squash(bankCard.situation));
  });

  it('names the activity and card when a chosen card does not exist', () => {
    expect(() => withChosenCards(withScenarios, { [activity.id]: ['no-such-card'] }, banks)).toThrow(ScenarioChoiceError);
    expect(() => withChosenCards(withScenarios, { [activity.id]: ['no-such-card'] }, banks)).toThrow(
      `scenarioCards.${activity.id}[0]: no card "no-such-card"`,
    );
    expect(() => withChosenCards(withScenarios, { 'no-activity': ['x'] }, banks)).toThrow('the workshop has no activity "no-activity"');
  });
});

describe('the follow-up message', () => {
  it('reminds people of their own action plan a week later, with the support', () => {
    const w = workshops.find((x) => x.activities.some((a) => a.kind === 'reflection' && /action plan/i.test(a.title)))!;
    const message = followUpMessage(w, {
      facilitatorName: 'Sam Lee',
      date: '2026-12-03',
      support: { contact: 'Dana, room 14', helpline: '0800 555 0199', website: '' },
    });
    expect(message).toContain(`"${w.title}" on 3 December 2026`);
    expect(message).toMatch(/action plan/);
    expect(message).toContain('- Dana, room 14');
    expect(message).toContain('Helpline: 0800 555 0199');
    expect(message.trimEnd().endsWith('Sam Lee')).toBe(true);
  });
});
