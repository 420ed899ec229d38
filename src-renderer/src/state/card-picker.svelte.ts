import type { Api } from '../lib/api';
import type { BankCard, CardBank } from '../../../src-main/contract';

const distinct = (values: string[]) => values.filter((v, i) => values.indexOf(v) === i);

export interface CardFilters {
  age: string;
  setting: string;
}

/**
 * The scenario cards a group will see for one activity: the whole bank for its section, the
 * cards chosen in order, and the facilitator's filters. `save` keeps each change (the console
 * saves it with the session; the workshop page keeps it for the session about to start).
 */
export class CardPicker {
  #bank = $state.raw<CardBank | null>(null);
  #chosen = $state.raw<string[]>([]);
  #error = $state<string | null>(null);
  #saving = $state(false);
  filters = $state<CardFilters>({ age: '', setting: '' });

  constructor(
    private readonly api: Api,
    private readonly where: { workshopId: string; activityId: string; sessionId?: string },
    private readonly save: (ids: string[]) => Promise<void> | void,
  ) {}

  async load(): Promise<void> {
    try {
      const bank = await this.api.call('cards:bank', this.where);
      this.#bank = bank;
      this.#chosen = bank.chosenIds;
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  get bank() {
    return this.#bank;
  }
  get error() {
    return this.#error;
  }
  get saving() {
    return this.#saving;
  }
  get chosenIds() {
    return this.#chosen;
  }
  get chosen(): BankCard[] {
    const cards = this.#bank?.cards ?? [];
    return this.#chosen.map((id) => cards.find((c) => c.id === id)).filter((c): c is BankCard => c !== undefined);
  }
  /** Ages and settings the bank's cards name, for the filters. */
  get ages(): string[] {
    return distinct(this.#bank?.cards.flatMap((c) => (c.age ? [c.age] : [])) ?? []);
  }
  get settings(): string[] {
    return distinct(this.#bank?.cards.flatMap((c) => (c.setting ? [c.setting] : [])) ?? []);
  }
  /** Cards not chosen that pass the filters. */
  get available(): BankCard[] {
    const { age, setting } = this.filters;
    return (this.#bank?.cards ?? []).filter(
      (c) => !this.#chosen.includes(c.id) && (!age || c.age === age) && (!setting || c.setting === setting),
    );
  }
  isChosen(id: string): boolean {
    return this.#chosen.includes(id);
  }

  add(id: string) {
    if (!this.isChosen(id)) return this.#set([...this.#chosen, id]);
  }
  remove(id: string) {
    if (this.#chosen.length > 1) return this.#set(this.#chosen.filter((c) => c !== id));
  }
  /** Puts `incoming` where `outgoing` was. */
  swap(outgoing: string, incoming: string) {
    if (!this.isChosen(incoming)) return this.#set(this.#chosen.map((c) => (c === outgoing ? incoming : c)));
  }
  move(id: string, by: -1 | 1) {
    const i = this.#chosen.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= this.#chosen.length) return;
    const next = [...this.#chosen];
    [next[i], next[j]] = [next[j], next[i]];
    return this.#set(next);
  }
  reset() {
    if (this.#bank) return this.#set(this.#bank.workshopCardIds);
  }

  async #set(ids: string[]): Promise<void> {
    const before = this.#chosen;
    this.#chosen = ids;
    this.#saving = true;
    try {
      await this.save(ids);
      this.#error = null;
    } catch (err) {
      // Nothing was saved: show the choice that is.
      this.#chosen = before;
      this.#error = (err as Error).message;
    } finally {
      this.#saving = false;
    }
  }
}
