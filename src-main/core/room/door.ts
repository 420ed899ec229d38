import { GuessLockout } from './limits';
import { normaliseJoinCode } from './join-code';

/** How a phone says which room it is joining: the token in the QR code, or the code typed by hand. */
export type Credential = { token: string } | { code: string };

export type JoinRefusal = { refused: 'wrong-code' | 'locked-out' | 'locked' | 'full'; message: string; amount?: number };
export type Admitted = { phone: string; rejoined: boolean };

export const DEFAULT_MAX_PHONES = 200;

/**
 * Who may come in. A phone that joined once keeps its key (the page holds it) and comes back as
 * itself, even into a locked room; new phones need the token or the current code, a free place and
 * an unlocked room. Wrong codes count against the address they came from.
 */
export class RoomDoor {
  readonly #phones = new Set<string>();
  readonly lockout = new GuessLockout();
  locked = false;

  constructor(
    readonly token: string,
    public code: string,
    public maxPhones = DEFAULT_MAX_PHONES,
  ) {}

  #credentialOk(credential: Credential): boolean {
    if ('token' in credential) return credential.token === this.token;
    return normaliseJoinCode(credential.code) === this.code;
  }

  admit(credential: Credential, knownPhone: string | undefined, newPhone: string, address: string, now: number): Admitted | JoinRefusal {
    if (this.lockout.lockedOut(address, now))
      return {
        refused: 'locked-out',
        message: `Too many wrong codes from this phone. Try again in ${this.lockout.waitSeconds(address, now)} seconds.`,
        amount: this.lockout.waitSeconds(address, now),
      };
    if (!this.#credentialOk(credential)) {
      this.lockout.wrong(address, now);
      return { refused: 'wrong-code', message: 'That code is not this room’s. Check the code on the screen.' };
    }
    if (knownPhone !== undefined && this.#phones.has(knownPhone)) return { phone: knownPhone, rejoined: true };
    if (this.locked) return { refused: 'locked', message: 'The room is closed to new phones. Ask the facilitator if you want to join.' };
    if (this.#phones.size >= this.maxPhones)
      return {
        refused: 'full',
        message: `The room is full (${this.maxPhones} phones). Share a phone with someone next to you.`,
        amount: this.maxPhones,
      };
    this.#phones.add(newPhone);
    return { phone: newPhone, rejoined: false };
  }

  /** Phones that have joined since the room opened (connected or not). */
  get joined(): number {
    return this.#phones.size;
  }
}
