/** Where the command line writes: standard output for results, standard error for problems. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
