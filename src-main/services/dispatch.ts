import { channels, type ChannelName, type Handlers } from '../contract';
import { mayCall, type Role } from '../contract/roles';
import { validate } from '../core/validation';
import { fail, ok, type AppError, type Result } from '../core/result';
import { AppFailure, DiskFailure, errnoOf } from './errors';

const isChannel = (name: string): name is ChannelName => Object.hasOwn(channels, name);

const MAX_PROBLEMS = 50;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A rejected input's error, bounded: zod quotes unknown keys and paths, so a hostile payload
 * (10,000 extra keys, a 1 MB key) would otherwise come back at full size in the answer.
 */
export function bounded(error: AppError): AppError {
  const problems = error.problems?.slice(0, MAX_PROBLEMS).map((p) => ({ path: clip(p.path, 200), message: clip(p.message, 300) }));
  return {
    ...error,
    message: clip(error.message, 500),
    ...(error.path !== undefined ? { path: clip(error.path, 200) } : {}),
    ...(problems ? { problems } : {}),
  };
}

/**
 * The host boundary: every call from a view passes through here, in both hosts.
 * The caller's role comes from the host (its window, or its access token), never from the call;
 * a channel outside that role is refused before its input is read.
 * Input is validated by the channel's schema; every outcome is a Result, never a thrown error.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, role: Role): Promise<Result<unknown>> {
  if (!isChannel(name)) return fail('unknown-channel', `There is no channel "${name.slice(0, 80)}".`);
  if (!mayCall(role, name)) return fail('forbidden', `The ${role} view may not call "${name}".`);
  let input: Result<unknown>;
  try {
    input = validate(channels[name].input, rawInput, `input to ${name}`);
  } catch {
    // A schema can throw on exotic values (IPC carries Maps, typed arrays…); that is still bad input.
    return fail('invalid-input', `Invalid input to ${name}: it could not be read.`);
  }
  if (!input.ok) return { ok: false, error: bounded(input.error) };
  try {
    const handler = handlers[name] as (i: unknown) => Promise<unknown>;
    return ok(await handler(input.value));
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.message, err.extra);
    if (errnoOf(err)) {
      const io = new DiskFailure(err, (err as NodeJS.ErrnoException).path ?? '');
      return fail(io.code, io.message);
    }
    console.error(`[secure-base] ${name} failed:`, err);
    return fail('internal', `Something went wrong in ${name}: ${(err as Error).message}`);
  }
}
