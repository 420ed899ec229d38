/**
 * The room's privacy guards, as plain arithmetic. A result the phones answered reaches the projector
 * only once at least k phones answered it, and a question the facilitator holds back shows nothing
 * but how many answered until they reveal it. Counts typed by hand at the console are the
 * facilitator's own: the k gate counts phones only, and a result no phone answered is not held by k.
 */
export const DEFAULT_MIN_GROUP = 5;
export const MIN_GROUP_RANGE = { min: 3, max: 10 } as const;

export interface GateInput {
  /** Phones that answered; undefined when no phone answered (counts typed by hand). */
  phones: number | undefined;
  /** Everyone counted, phones and hand-typed. */
  total: number;
  k: number;
  held: boolean;
  revealed: boolean;
}

/** Open: the aggregate may show. Closed: only how many answered, and why not more. */
export type Gate = { open: true } | { open: false; answered: number; waitingFor: 'group' | 'reveal'; k: number };

export function gateOf(i: GateInput): Gate {
  if (i.held && !i.revealed) return { open: false, answered: i.phones ?? i.total, waitingFor: 'reveal', k: i.k };
  if (i.phones !== undefined && i.phones > 0 && i.phones < i.k) return { open: false, answered: i.phones, waitingFor: 'group', k: i.k };
  return { open: true };
}

/** The words the projector shows while a result is held: never "x of y", which points at who did not answer. */
export function gateLine(gate: Extract<Gate, { open: false }>): string {
  const n = `${gate.answered} answered`;
  return gate.waitingFor === 'group' ? `${n}, results at ${gate.k}` : `${n}. Results when the facilitator reveals them.`;
}

export const clampMinGroup = (k: number | undefined): number =>
  k === undefined ? DEFAULT_MIN_GROUP : Math.min(MIN_GROUP_RANGE.max, Math.max(MIN_GROUP_RANGE.min, Math.round(k)));
