// The command line over the same services: `npm run cli -- <command>`.
// Exit codes: 0 ok, 1 invalid input, 2 usage error. Errors go to stderr, one readable line each.
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from './cli/run';
import { defaultDataDir } from './services/data-dir';

const root = fileURLToPath(new URL('../', import.meta.url));
const io: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};
process.exitCode = await runCli(process.argv.slice(2), { templatesDir: `${root}templates`, dataDir: defaultDataDir(), io });
