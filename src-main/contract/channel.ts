import type { z } from 'zod';

/** A channel: the schema its input must pass at the host boundary, and the type of what it returns. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker for the output; never read at run time. */
  output: O;
}

export const channel = <I extends z.ZodType, O>(input: I): Channel<I, O> => ({ input, output: undefined as O });
