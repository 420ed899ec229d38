/**
 * The short code people type at the join address when they cannot scan the QR code. Six characters
 * from an alphabet without 0/O and 1/I, which look alike on a projector.
 */
export const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A new code from random bytes (the caller supplies them, so this stays pure); 32 letters, 5 bits each. */
export function makeJoinCode(random: Uint8Array, previous?: string): string {
  if (random.length < JOIN_CODE_LENGTH) throw new Error(`A join code needs ${JOIN_CODE_LENGTH} random bytes.`);
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[random[i] % JOIN_ALPHABET.length];
  // A changed code must differ from the one it replaces: rotate the last letter when the dice repeat it.
  if (code === previous) code = code.slice(0, -1) + JOIN_ALPHABET[(JOIN_ALPHABET.indexOf(code.at(-1)!) + 1) % JOIN_ALPHABET.length];
  return code;
}

/** What a person typed, as a code: capitals, spaces and dashes dropped, O read as 0's look-alike is refused. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const isJoinCode = (code: string): boolean => code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));
