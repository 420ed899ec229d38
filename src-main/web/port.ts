/** The port from `--port N` or PORT; 0 (any free port) when neither is given. */
export function portFrom(argv: readonly string[], env: NodeJS.ProcessEnv): number | Error {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.PORT);
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : new Error(`"${raw}" is not a port number (0-65535).`);
}
