import type { Capture } from './session-schema';
import type { SessionRecord } from './session-record';
import { m, type Locale } from '../catalog/locale';

/** Local "2025-03-12 14:05": an export is read on the facilitator's own machine. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Titles and names go on one line; characters that would turn them into Markdown are escaped. */
export const inline = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Notes keep their own line breaks and lists; only a line that would end the block is indented. */
const block = (text: string): string => text.replace(/\r\n?/g, '\n').trimEnd();

const captureLine = (c: Capture): string => `- ${localStamp(c.at).slice(11)}: ${block(c.text).replace(/\n/g, '\n  ')}`;

/** One session's notes, captures and results as a Markdown document. */
export function notesMarkdown(record: SessionRecord, exportedAt: string, locale: Locale = 'en'): string {
  const o = { locale };
  const out: string[] = [`# ${inline(record.workshopTitle)}`, ''];
  if (record.group) out.push(`- ${m.sessions_md_group({ group: inline(record.group) }, o)}`);
  out.push(`- ${m.sessions_md_started({ time: localStamp(record.createdAt) }, o)}`);
  if (record.endedAt) out.push(`- ${m.sessions_md_ended({ time: localStamp(record.endedAt) }, o)}`);
  if (record.participants !== undefined) out.push(`- ${m.sessions_md_participants({ count: record.participants }, o)}`);
  out.push('');
  if (record.sessionNotes.trim()) out.push(`## ${m.sessions_md_session_notes({}, o)}`, '', block(record.sessionNotes), '');
  record.activities.forEach((a, i) => {
    if (!a.notes.trim() && a.captures.length === 0 && a.results.length === 0 && a.responses.length === 0) return;
    const time =
      a.spentMinutes === null
        ? m.sessions_md_planned({ planned: a.plannedMinutes }, o)
        : m.sessions_md_spent({ spent: a.spentMinutes, planned: a.plannedMinutes }, o);
    out.push(`## ${i + 1}. ${inline(a.title)} (${time})`, '');
    if (a.notes.trim()) out.push(block(a.notes), '');
    if (a.captures.length) out.push(m.sessions_md_captures({}, o), '', ...a.captures.map(captureLine), '');
    if (a.results.length) out.push(m.sessions_md_results({}, o), '', ...a.results.map((r) => `- ${inline(r)}`), '');
    if (a.responses.length) out.push(m.sessions_md_responses({}, o), '', ...a.responses.map((r) => `- ${inline(r)}`), '');
  });
  if (record.questions.length) out.push(`## ${m.sessions_md_questions({}, o)}`, '', ...record.questions.map((q) => `- ${inline(q)}`), '');
  if (record.otherCaptures.length) out.push(`## ${m.sessions_md_other_captures({}, o)}`, '', ...record.otherCaptures.map(captureLine), '');
  out.push('---', '', m.sessions_md_exported({ time: localStamp(exportedAt) }, o), '');
  return out.join('\n');
}
