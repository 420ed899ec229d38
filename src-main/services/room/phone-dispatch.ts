import { channels } from '../../contract';
import { phoneChannels, type PhoneChannelName } from '../../contract/room';
import { mayCall } from '../../contract/roles';
import { fail, ok, type Result } from '../../core/result';
import { validate } from '../../core/validation';
import { bounded } from '../dispatch';
import { AppFailure } from '../errors';

export type PhoneHandlers = { [K in PhoneChannelName]: (input: never) => Promise<unknown> };

/**
 * The room's boundary: a phone's call is answered only for the phone's own channels (participant
 * role), with its input validated like every other channel's. The facilitator's channels are not
 * there for a phone, whatever it sends.
 */
export async function dispatchPhone(handlers: PhoneHandlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (typeof name !== 'string') return fail('unknown-channel', 'The channel name must be a string.');
  if (Object.hasOwn(channels, name)) return fail('forbidden', 'A phone may not call the facilitator’s channels.');
  if (!Object.hasOwn(phoneChannels, name)) return fail('unknown-channel', `There is no channel "${name.slice(0, 40)}".`);
  const channel = name as PhoneChannelName;
  if (!mayCall('participant', channel)) return fail('forbidden', `A phone may not call "${channel}".`);
  let input: Result<unknown>;
  try {
    input = validate(phoneChannels[channel].input, rawInput, `input to ${channel}`);
  } catch {
    return fail('invalid-input', `Invalid input to ${channel}: it could not be read.`);
  }
  if (!input.ok) return { ok: false, error: bounded(input.error) };
  try {
    return ok(await (handlers[channel] as (i: unknown) => Promise<unknown>)(input.value));
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.message, err.extra);
    console.error(`[secure-base] room ${channel} failed:`, err);
    return fail('internal', `Something went wrong in ${channel}.`);
  }
}
