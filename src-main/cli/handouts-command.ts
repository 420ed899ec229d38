import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderHandoutSet, renderSessionSummary, type HandoutResult } from '../services/handouts';
import { openAppContext, type AppContext } from '../services/app-context';
import { loadTemplates, parseJsonFile } from '../services/templates/load-templates';
import { workshopSchema, type Workshop } from '../core/workshop/workshop-schema';
import {
  BILINGUAL_LAYOUTS,
  HANDOUT_SETS,
  handoutOptionsSchema,
  summaryOptionsSchema,
  type HandoutSet,
} from '../core/handout/handout-options';
import { ScenarioChoiceError } from '../core/handout/scenario-choice';
import { familyOf, requireMemberInLanguage, TranslationChoiceError } from '../core/handout/bilingual';
import { isLanguageTag } from '../core/workshop/language';
import { validate } from '../core/validation';
import type { CliIo } from './cli-io';

export interface HandoutsDeps {
  templatesDir: string;
  dataDir: string;
  io: CliIo;
}

export class UsageError extends Error {}
export class InvalidInput extends Error {}

/**
 * `handouts <workshop-id | file.json> [--set pack|guide|cards|feedback|certificate] --out FILE.pdf
 *   [--paper a4|letter] [--copies N] [--start HH:MM] [--lang LANG] [--also LANG [--bilingual after|side-by-side]]`,
 * or `handouts --session ID --out FILE.pdf`. `--lang` prints the workshop's translation in LANG (from the
 * same family: the original and its translations); `--also` adds a second language to the participant pack.
 */
export async function handoutsCommand(argv: string[], deps: HandoutsDeps): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        paper: { type: 'string' },
        copies: { type: 'string' },
        session: { type: 'string' },
        'include-notes': { type: 'boolean' },
        set: { type: 'string' },
        start: { type: 'string' },
        lang: { type: 'string' },
        also: { type: 'string' },
        bilingual: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.out) throw new UsageError('handouts needs --out FILE.pdf');
  if (positionals.length !== 1 && !values.session) throw new UsageError('handouts takes one workshop id or workshop file');
  const set = (values.set ?? 'pack') as HandoutSet;
  if (!HANDOUT_SETS.includes(set)) throw new UsageError(`--set must be one of ${HANDOUT_SETS.join(', ')}, not "${values.set}"`);
  if (values.start !== undefined && set !== 'guide') throw new UsageError('--start is for --set guide');
  if (values.session && (values.lang || values.also)) throw new UsageError('--lang and --also are for workshop handouts, not --session');
  if (values.also !== undefined && set !== 'pack') throw new UsageError('--also is for --set pack');
  if (values.bilingual !== undefined && values.also === undefined) throw new UsageError('--bilingual needs --also LANG');
  if (values.bilingual !== undefined && !(BILINGUAL_LAYOUTS as readonly string[]).includes(values.bilingual))
    throw new UsageError(`--bilingual must be one of ${BILINGUAL_LAYOUTS.join(', ')}, not "${values.bilingual}"`);
  for (const flag of ['lang', 'also'] as const) {
    const tag = values[flag];
    if (tag !== undefined && !isLanguageTag(tag)) throw new InvalidInput(`--${flag}: "${tag}" is not a language tag (e.g. en, es, ar)`);
  }
  if (values.copies !== undefined && !/^\d+$/.test(values.copies))
    throw new InvalidInput(`--copies: "${values.copies}" is not a whole number`);

  let result: HandoutResult;
  let ctx: AppContext | null = null;
  try {
    if (values.session) {
      ctx = await openAppContext({ host: 'web', dataDir: deps.dataDir, templatesDir: deps.templatesDir, version: 'cli' });
      const options = checked(summaryOptionsSchema, { paper: values.paper, includeNotes: values['include-notes'] ?? false });
      const session = await ctx.store.getSession(values.session);
      if (!session) throw new InvalidInput(`no session "${values.session}" in ${deps.dataDir}`);
      const workshop = positionals[0] ? await findWorkshop(positionals[0], deps, ctx) : await findWorkshop(session.workshopId, deps, ctx);
      result = await renderSessionSummary(session, workshop, options);
    } else {
      const options = checked(handoutOptionsSchema, {
        paper: values.paper,
        copies: values.copies === undefined ? undefined : Number(values.copies),
        start: values.start,
        also: values.also,
        bilingual: values.bilingual,
      });
      const named = await findWorkshop(positionals[0], deps, null);
      const { banks } = await loadTemplates(deps.templatesDir);
      const candidates = values.lang || values.also ? await everyWorkshop(deps) : [];
      try {
        const workshop = values.lang ? requireMemberInLanguage(familyOf(named, candidates), values.lang, named) : named;
        result = await renderHandoutSet(set, workshop, options, banks, candidates);
      } catch (err) {
        if (err instanceof ScenarioChoiceError || err instanceof TranslationChoiceError) throw new InvalidInput(err.message);
        throw err;
      }
    }
  } finally {
    await ctx?.store.close();
  }
  await writeFile(values.out, result.pdf);
  const copies = values.copies && Number(values.copies) > 1 ? ` per copy, ${values.copies} copies` : '';
  deps.io.out(`${values.out}: ${result.pageCount} pages${copies}, ${Math.round(result.pdf.length / 1024)} KiB`);
  if (result.missingCharacters.length) {
    deps.io.err(
      `secure-base: no font has ${result.missingCharacters.map((m) => `${m.char} (${m.codePoint})`).join(', ')}; printed as a placeholder`,
    );
  }
}

function checked<S extends import('zod').ZodType>(schema: S, raw: Record<string, unknown>) {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const result = validate(schema, clean, 'option');
  if (!result.ok) throw new InvalidInput(result.error.problems!.map((p) => `--${p.path.replace(/^\$\./, '')}: ${p.message}`).join('; '));
  return result.value;
}

/** The facilitator's own workshops and the built-in library: where a workshop's translations are. */
async function everyWorkshop(deps: HandoutsDeps): Promise<Workshop[]> {
  const { workshops } = await loadTemplates(deps.templatesDir);
  const own = await openAppContext({ host: 'web', dataDir: deps.dataDir, templatesDir: deps.templatesDir, version: 'cli' });
  try {
    return [...(await own.store.listUserWorkshops()), ...workshops];
  } finally {
    await own.store.close();
  }
}

/** A workshop file, a built-in id, or one of the facilitator's own workshops. */
async function findWorkshop(ref: string, deps: HandoutsDeps, ctx: AppContext | null): Promise<Workshop> {
  if (ref.endsWith('.json')) {
    let text: string;
    try {
      text = await readFile(ref, 'utf8');
    } catch (err) {
      throw new InvalidInput(`cannot read ${ref}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const parsed = parseJsonFile(workshopSchema, text, 'workshop');
    if (!parsed.value) throw new InvalidInput(parsed.problems.map((p) => `${ref}: ${p.path}: ${p.message}`).join('\n'));
    return parsed.value;
  }
  const builtIn = (await loadTemplates(deps.templatesDir)).workshops.find((w) => w.id === ref);
  if (builtIn) return builtIn;
  const own = ctx ?? (await openAppContext({ host: 'web', dataDir: deps.dataDir, templatesDir: deps.templatesDir, version: 'cli' }));
  try {
    const found = (await own.store.listUserWorkshops()).find((w) => w.id === ref);
    if (!found) throw new InvalidInput(`no workshop "${ref}" (try: npm run cli -- workshops)`);
    return found;
  } finally {
    if (!ctx) await own.store.close();
  }
}
