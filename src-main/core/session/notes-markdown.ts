import type { Capture } from './session-schema';
import type { SessionRecord } from './session-record';

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
export function notesMarkdown(record: SessionRecord, exportedAt: string): string {
  const out: string[] = [`# ${inline(record.workshopTitle)}`, ''];
  if (record.group) out.push(`- Group: ${inline(record.group)}`);
  out.push(`- Started: ${localStamp(record.createdAt)}`);
  if (record.endedAt) out.push(`- Ended: ${localStamp(record.endedAt)}`);
  if (record.participants !== undefined) out.push(`- Participants: ${record.participants}`);
  out.push('');
  if (record.sessionNotes.trim()) out.push('## Session notes', '', block(record.sessionNotes), '');
  record.activities.forEach((a, i) => {
    if (!a.notes.trim() && a.captures.length === 0 && a.results.length === 0 && a.responses.length === 0) return;
    const time = a.spentMinutes === null ? `${a.plannedMinutes} min planned` : `${a.spentMinutes} of ${a.plannedMinutes} min`;
    out.push(`## ${i + 1}. ${inline(a.title)} (${time})`, '');
    if (a.notes.trim()) out.push(block(a.notes), '');
    if (a.captures.length) out.push('Quick captures:', '', ...a.captures.map(captureLine), '');
    if (a.results.length) out.push('Results:', '', ...a.results.map((r) => `- ${inline(r)}`), '');
    if (a.responses.length) out.push('Written responses:', '', ...a.responses.map((r) => `- ${inline(r)}`), '');
  });
  if (record.questions.length) out.push('## Questions from the room', '', ...record.questions.map((q) => `- ${inline(q)}`), '');
  if (record.otherCaptures.length) out.push('## Quick captures', '', ...record.otherCaptures.map(captureLine), '');
  out.push('---', '', `Exported from Secure Base on ${localStamp(exportedAt)}.`, '');
  return out.join('\n');
}
