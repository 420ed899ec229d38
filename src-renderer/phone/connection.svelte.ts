// The phone's one WebSocket to the room: joins with the room token (from the QR code) or the typed
// code, keeps the key the room hands back so a reload comes back as the same phone, and reconnects
// with backoff when the page wakes, comes back or the network returns. Plain HTTP on a LAN is not a
// secure context: nothing here needs one.
import type { PhoneView, PhoneWelcome, RoomToPhone } from '../../src-main/contract/room';
import type { PhoneQuestions } from '../../src-main/contract/room-questions';
import { directionOf } from '../src/lib/catalog/language-tag';
import * as m from './messages';
import { closingText, refusalText } from './refusals';

const KEY = 'secure-base-phone';
const TOKEN = 'secure-base-room';
/** Without a word from the room for this long, the connection is taken as lost (iOS drops it silently). */
const SILENCE_MS = 40_000;

type Phase = 'connecting' | 'need-code' | 'joined' | 'refused' | 'closed';

export class RoomConnection {
  phase = $state<Phase>('connecting');
  view = $state<PhoneView | null>(null);
  message = $state<string | null>(null);
  pending = $state<string | null>(null);
  /** Approved questions to upvote, and whether nicknames are on; from the room's 'questions' event. */
  texts = $state<PhoneQuestions | null>(null);

  /** The workshop's language and direction, for its own text on the page (the page's words may speak another). */
  get content(): { lang?: string; dir?: 'ltr' | 'rtl' } {
    const lang = this.view?.lang;
    return lang ? { lang, dir: directionOf(lang) } : {};
  }
  #ws: WebSocket | null = null;
  #next = 1;
  // Not reactive: pending replies are bookkeeping, never shown.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #replies = new Map<
    number,
    (r: { ok: boolean; value?: unknown; error?: { message: string; reason?: string; amount?: number } }) => void
  >();
  #attempt = 0;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #silence: ReturnType<typeof setTimeout> | null = null;
  #token: string | null;
  #code: string | null = null;

  constructor() {
    const fromUrl = new RegExp('[?&]t=([A-Za-z0-9_-]+)').exec(location.search)?.[1] ?? null;
    if (fromUrl) {
      sessionStorage.setItem(TOKEN, fromUrl);
      history.replaceState(null, '', location.pathname);
    }
    this.#token = fromUrl ?? sessionStorage.getItem(TOKEN);
    if (!this.#token) this.phase = 'need-code';
    const wake = () => this.#wake();
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && wake());
    addEventListener('pageshow', wake);
    addEventListener('online', wake);
  }

  start(): void {
    if (this.#token) this.#connect();
  }

  joinWithCode(code: string): void {
    this.#code = code;
    this.phase = 'connecting';
    this.#connect();
  }

  #wake(): void {
    if (this.phase === 'refused' || this.phase === 'need-code' || this.phase === 'closed') return;
    if (!this.#ws || this.#ws.readyState > WebSocket.OPEN) {
      this.#attempt = 0;
      this.#connect();
    } else this.#call('phone:ping', {}).catch(() => {});
  }

  #heard(): void {
    if (this.#silence) clearTimeout(this.#silence);
    this.#silence = setTimeout(() => this.#ws?.close(), SILENCE_MS);
  }

  #connect(): void {
    if (this.#retry) clearTimeout(this.#retry);
    this.#ws?.close();
    const ws = new WebSocket(`ws://${location.host}/ws`);
    this.#ws = ws;
    ws.onopen = () => void this.#hello();
    ws.onmessage = (e) => this.#receive(JSON.parse(String(e.data)) as RoomToPhone);
    ws.onclose = () => {
      if (this.#ws !== ws) return;
      for (const reply of this.#replies.values()) reply({ ok: false, error: { message: m.phone_connection_lost() } });
      this.#replies.clear();
      if (this.phase === 'joined' || this.phase === 'connecting') this.#backoff();
    };
  }

  #backoff(): void {
    this.phase = 'connecting';
    const delay = Math.min(10_000, 500 * 2 ** this.#attempt++) * (0.75 + Math.random() / 2);
    this.#retry = setTimeout(() => this.#connect(), delay);
  }

  async #hello(): Promise<void> {
    const phone = localStorage.getItem(KEY) ?? undefined;
    const credential = this.#token ? { token: this.#token } : { code: this.#code ?? '' };
    const result = await this.#call('phone:hello', { ...credential, ...(phone ? { phone } : {}) });
    if (!result.ok) {
      this.message = refusalText(result.error, m.phone_refused());
      this.phase = this.#token ? 'refused' : 'need-code';
      this.#ws?.close();
      return;
    }
    const welcome = result.value as PhoneWelcome;
    localStorage.setItem(KEY, welcome.phone);
    this.#attempt = 0;
    this.message = null;
    this.view = welcome.view;
    this.phase = 'joined';
  }

  #receive(m: RoomToPhone): void {
    this.#heard();
    if ('reply' in m) {
      const reply = this.#replies.get(m.reply);
      this.#replies.delete(m.reply);
      reply?.(m.result as never);
    } else if (m.event === 'view') this.view = m.view;
    else if (m.event === 'questions') this.texts = m.questions;
    else if (m.event === 'ping') this.#send(0, 'phone:ping', {});
    else if (m.event === 'closed') {
      this.message = closingText(m);
      this.phase = 'closed';
    }
  }

  #send(id: number, channel: string, input: unknown): void {
    if (this.#ws?.readyState === WebSocket.OPEN) this.#ws.send(JSON.stringify({ id, channel, input }));
  }

  #call(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string; reason?: string; amount?: number } }> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#replies.set(id, resolve);
      this.#send(id, channel, input);
    });
  }

  /** A call on one of the phone's channels, for the parts of the page that send their own (texts, upvotes). */
  call(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string; reason?: string; amount?: number } }> {
    return this.#call(channel, input);
  }

  async answer(questionId: string, optionId: string, itemId?: string): Promise<void> {
    this.pending = optionId;
    const result = await this.#call('phone:answer', { questionId, optionId, ...(itemId ? { itemId } : {}) });
    this.pending = null;
    if (result.ok) {
      this.view = result.value as PhoneView;
      this.message = null;
    } else this.message = refusalText(result.error, m.phone_answer_lost());
  }
}
