import { m } from '../../../core/catalog/locale';
import { formatMinutes } from '../../../core/handout/format';
import type { NotesContent, ResultContent, SessionSummaryContent } from '../../../core/handout/session-summary';
import type { Composer } from '../layout/composer';
import { dataTable } from '../layout/data-table';
import type { StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';
import { cardSortChart, cardSortLists } from './card-sort-chart';
import { pollChart } from './poll-chart';
import { spectrumChart } from './spectrum-chart';
import { answeredNote, cardVotesTable, scenarioResponses } from './phone-results';
import { composeRoomTexts } from './room-texts';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

function composeFacts(c: Composer, s: SessionSummaryContent): void {
  const says = c.says;
  const sect = c.root.add('Sect');
  const header = m.handouts_summary_header({ title: s.workshopTitle }, says);
  c.push({
    slices: c.lines(sect.add('P'), m.handouts_summary_kicker({}, says), TYPE.kicker, c.width),
    spaceBefore: 0,
    header,
    outline: { title: m.handouts_summary_title({}, says), level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), s.workshopTitle, TYPE.h1, c.width), spaceBefore: 6 });
  const rows: string[][] = [
    [m.handouts_field_date({}, says), s.time ? m.handouts_summary_date_time({ date: s.date, time: s.time }, says) : s.date],
    [m.handouts_summary_group({}, says), s.group.trim() === '' ? '—' : s.group],
    [
      m.handouts_summary_participants({}, says),
      s.participants === undefined ? m.handouts_summary_not_recorded({}, says) : String(s.participants),
    ],
    [
      m.handouts_summary_time_used({}, says),
      m.handouts_summary_time_used_value(
        { actual: formatMinutes(s.actualTotal, c.words), planned: formatMinutes(s.plannedTotal, c.words) },
        says,
      ),
    ],
  ];
  dataTable(
    c,
    sect,
    [
      { header: m.handouts_summary_detail({}, says), share: 0.28 },
      { header: m.handouts_summary_value({}, says), share: 0.72 },
    ],
    rows,
    { rowHeaders: true, showHeader: false, spaceBefore: 14 },
  );
}

function composeAgenda(c: Composer, s: SessionSummaryContent): void {
  const says = c.says;
  const sect = c.heading(c.root, 2, m.handouts_summary_agenda({}, says), { outline: 0, spaceBefore: 26 });
  const rows = s.agenda.map((a) => [
    a.title,
    a.kindLabel,
    String(a.plannedMinutes),
    a.actualMinutes === null ? m.handouts_summary_not_run({}, says) : String(a.actualMinutes),
    a.actualMinutes === null ? '' : signed(a.actualMinutes - a.plannedMinutes),
  ]);
  rows.push([
    m.handouts_summary_total({}, says),
    '',
    String(s.plannedTotal),
    String(s.actualTotal),
    signed(s.actualTotal - s.plannedTotal),
  ]);
  dataTable(
    c,
    sect,
    [
      { header: m.handouts_summary_col_activity({}, says), share: 0.42 },
      { header: m.handouts_summary_col_kind({}, says), share: 0.18 },
      { header: m.handouts_summary_col_planned({}, says), share: 0.14, align: 'right' },
      { header: m.handouts_summary_col_actual({}, says), share: 0.13, align: 'right' },
      { header: m.handouts_summary_col_difference({}, says), share: 0.13, align: 'right' },
    ],
    rows,
    { lastRowIsTotal: true, spaceBefore: 8 },
  );
}

function composeResult(c: Composer, parent: StructNode, r: ResultContent): void {
  const sect = c.heading(parent, 3, r.title, { outline: 1, spaceBefore: 20 });
  switch (r.kind) {
    case 'poll':
      c.push({
        slices: c.lines(sect.add('P'), r.question, { ...TYPE.body, color: COLORS.muted }, c.width),
        spaceBefore: 2,
        keepWithNext: true,
      });
      c.push({ slices: [pollChart(c, sect, r)], spaceBefore: 8, keepTogether: true });
      answeredNote(c, sect, r.answered);
      return;
    case 'spectrum':
      if (r.statements.length === 0) c.paragraph(sect, m.handouts_summary_no_placements({}, c.says), TYPE.note, { spaceBefore: 4 });
      r.statements.forEach((st, i) => {
        const text = c.lines(sect.add('P'), st.text, TYPE.body, c.width);
        c.push({
          slices: [...text, { height: 4, marks: [] }, spectrumChart(c, sect, r, st)],
          spaceBefore: i === 0 ? 6 : 14,
          keepTogether: true,
        });
        answeredNote(c, sect, st.answered);
      });
      return;
    case 'card-sort': {
      const placed = r.columns.some((col) => col.cards.length > 0);
      if (placed || r.votes.length === 0) {
        const chart = cardSortChart(c, sect, r);
        if (chart) c.push({ slices: [chart], spaceBefore: 8, keepTogether: true });
        else cardSortLists(c, sect, r);
      }
      cardVotesTable(c, sect, r);
      return;
    }
    case 'scenario':
      scenarioResponses(c, sect, r);
  }
}

function composeNotes(c: Composer, notes: NotesContent): void {
  const says = c.says;
  const sect = c.heading(c.root, 2, m.handouts_summary_notes({}, says), { outline: 0, spaceBefore: 26 });
  c.push({
    slices: c.lines(sect.add('P'), m.handouts_summary_notes_private({}, says), TYPE.note, c.width),
    spaceBefore: 2,
    keepWithNext: true,
  });
  const empty = notes.session.trim() === '' && notes.activities.length === 0 && notes.captures.length === 0;
  if (empty) c.paragraph(sect, m.handouts_summary_no_notes({}, says), TYPE.body, { spaceBefore: 8 });
  if (notes.session.trim() !== '') {
    const part = c.heading(sect, 3, m.handouts_summary_session_notes({}, says), { spaceBefore: 14 });
    c.richText(part, notes.session, TYPE.body, 4);
  }
  for (const a of notes.activities) {
    const part = c.heading(sect, 3, m.handouts_summary_notes_on({ title: a.title }, says), { spaceBefore: 14 });
    c.richText(part, a.text, TYPE.body, 4);
  }
  if (notes.captures.length > 0) {
    const part = c.heading(sect, 3, m.handouts_summary_captures({}, says), { spaceBefore: 14 });
    c.list(
      part,
      notes.captures.map((q) => [q.time, q.activityTitle, q.text].filter(Boolean).join(' · ')),
      false,
      TYPE.body,
      4,
    );
  }
}

/** Lays out a session summary: facts, agenda, results as charts, and notes only when asked for. */
export function composeSummary(c: Composer, s: SessionSummaryContent): void {
  composeFacts(c, s);
  composeAgenda(c, s);
  if (s.results.length > 0) {
    const results = c.heading(c.root, 2, m.handouts_summary_results({}, c.says), { outline: 0, spaceBefore: 26 });
    for (const r of s.results) composeResult(c, results, r);
  }
  composeRoomTexts(c, s.roomTexts);
  if (s.notes) composeNotes(c, s.notes);
}
