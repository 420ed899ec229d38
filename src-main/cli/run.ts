import { readFile } from 'node:fs/promises';
import { loadTemplates, parseJsonFile } from '../services/templates/load-templates';
import { workshopSchema } from '../core/workshop/workshop-schema';
import { listingOf } from './workshop-listing';
import { readSavedData } from './data-folder';
import { sessionListing } from './session-listing';
import { handoutsCommand, InvalidInput, UsageError } from './handouts-command';
import type { CliIo } from './cli-io';

export type { CliIo };

export interface CliOptions {
  templatesDir: string;
  /** Where sessions and own workshops live (for --session and own workshop ids). */
  dataDir: string;
  io: CliIo;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const USAGE = [
  'Usage: npm run cli -- <command>',
  '  workshops [--json]                      list the workshop library and your own workshops (marked own)',
  '  sessions [--json]                       list saved sessions: id, workshop, date, ended or still open',
  '  validate FILE.json                      check a workshop file; print each problem with its JSON path',
  '  handouts <workshop-id | file.json> --out FILE.pdf [--set pack|guide|cards|feedback|certificate]',
  '           [--paper a4|letter] [--copies N] [--start HH:MM]   --start gives the guide its clock times',
  "           [--lang LANG]        print the workshop's translation in LANG (e.g. es, ar) instead",
  '           [--also LANG] [--bilingual after|side-by-side]   a participant pack in a second language too;',
  '                                after: each part in one language, then the other (default);',
  '                                side-by-side: key ideas and the comparison table in two columns',
  '  handouts --session ID --out FILE.pdf [--paper a4|letter] [--include-notes]   the session summary',
  '  help, --help                            print this usage',
  'Exit codes: 0 ok, 1 invalid input, 2 usage error.',
];

export async function runCli(argv: string[], { templatesDir, dataDir, io }: CliOptions): Promise<number> {
  const [command, ...rest] = argv;
  const usage = (message: string) => {
    io.err(`secure-base: ${message}`);
    USAGE.forEach((l) => io.err(l));
    return EXIT.usage;
  };
  switch (command) {
    case 'workshops': {
      const unknown = rest.filter((a) => a !== '--json');
      if (unknown.length) return usage(`unknown option "${unknown[0]}" for workshops`);
      const library = await loadTemplates(templatesDir);
      for (const p of library.problems)
        io.err(`secure-base: skipped ${p.file}: ${p.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
      const saved = await savedData(dataDir, io);
      if (!saved) return EXIT.invalid;
      const listing = [...listingOf(library.workshops, false), ...listingOf(saved.ownWorkshops, true)];
      if (rest.includes('--json')) io.out(JSON.stringify(listing, null, 2));
      else
        for (const w of listing)
          io.out(`${w.id.padEnd(22)} ${String(w.minutes).padStart(3)} min  ${w.title} (${w.audience})${w.own ? '  [own]' : ''}`);
      return EXIT.ok;
    }
    case 'sessions': {
      const unknown = rest.filter((a) => a !== '--json');
      if (unknown.length) return usage(`unknown option "${unknown[0]}" for sessions`);
      const saved = await savedData(dataDir, io);
      if (!saved) return EXIT.invalid;
      const listing = sessionListing(saved.sessions);
      if (rest.includes('--json')) io.out(JSON.stringify(listing, null, 2));
      else if (!listing.length) io.out(`No sessions saved in ${dataDir}.`);
      else
        for (const s of listing)
          io.out(`${s.id.padEnd(30)} ${s.date.slice(0, 10)}  ${s.ended ? 'ended  ' : 'open   '} ${s.workshopTitle} (${s.workshopId})`);
      return EXIT.ok;
    }
    case 'help':
    case '--help':
    case '-h':
      if (rest.length) return usage(`help takes no arguments`);
      USAGE.forEach((l) => io.out(l));
      return EXIT.ok;
    case 'validate': {
      if (rest.length !== 1) return usage('validate takes exactly one file');
      let text: string;
      try {
        text = await readFile(rest[0], 'utf8');
      } catch (err) {
        io.err(`secure-base: cannot read ${rest[0]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        return EXIT.invalid;
      }
      const parsed = parseJsonFile(workshopSchema, text, 'workshop');
      if (parsed.problems.length) {
        for (const p of parsed.problems) io.err(`${rest[0]}: ${p.path}: ${p.message}`);
        return EXIT.invalid;
      }
      io.out(
        `${rest[0]}: valid workshop "${parsed.value!.title}" (${parsed.value!.activities.length} activities, ${parsed.value!.minutes} min)`,
      );
      return EXIT.ok;
    }
    case 'handouts': {
      try {
        await handoutsCommand(rest, { templatesDir, dataDir, io });
        return EXIT.ok;
      } catch (err) {
        if (err instanceof UsageError) return usage(err.message);
        if (err instanceof InvalidInput) {
          for (const line of err.message.split('\n'))
            io.err(line.startsWith('secure-base') || line.includes(': $') ? line : `secure-base: ${line}`);
          return EXIT.invalid;
        }
        io.err(`secure-base: ${(err as Error).message.split('\n')[0]}`);
        return EXIT.invalid;
      }
    }
    case undefined:
      return usage('no command given');
    default:
      return usage(`unknown command "${command}"`);
  }
}

/** The facilitator's saved data, or null after saying why it cannot be read (e.g. the app holds the folder). */
async function savedData(dataDir: string, io: CliIo) {
  try {
    return await readSavedData(dataDir);
  } catch (err) {
    io.err(`secure-base: ${(err as Error).message}`);
    return null;
  }
}
