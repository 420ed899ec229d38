import { channels, type ChannelName, type Handlers } from '../contract';
import { validate } from '../core/validation';
import { fail, ok, type Result } from '../core/result';
import { AppFailure } from './errors';
import { NotFound } from './store/store';

const isChannel = (name: string): name is ChannelName => Object.hasOwn(channels, name);

/**
 * The host boundary: every call from a view passes through here, in both hosts.
 * Input is validated by the channel's schema; every outcome is a Result, never a thrown error.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(name)) return fail('unknown-channel', `There is no channel "${name.slice(0, 80)}".`);
  const input = validate(channels[name].input, rawInput, `input to ${name}`);
  if (!input.ok) return input;
  try {
    const handler = handlers[name] as (i: unknown) => Promise<unknown>;
    return ok(await handler(input.value));
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.message, err.extra);
    if (err instanceof NotFound) return fail('not-found', err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      return fail('io', `Could not save or read data (${code}): ${(err as Error).message}`);
    }
    console.error(`[secure-base] ${name} failed:`, err);
    return fail('internal', `Something went wrong in ${name}: ${(err as Error).message}`);
  }
}
