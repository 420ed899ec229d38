/**
 * The one typed channel map between the renderer and a host. Both hosts validate every input with
 * the channel's schema and answer with a Result, so errors cross as data.
 * The renderer imports this file with `import type` only.
 */
import type { z } from 'zod';
import { appChannels } from './app';
import { workshopChannels } from './workshops';
import { sessionChannels } from './sessions';
import { backupChannels } from './backup';
import { liveChannels } from './live';
import { editorChannels } from './editor';
import { handoutChannels } from './handouts';
import { exportChannels } from './exports';
import { supportChannels } from './settings';
import { resumeChannels } from './resume';
import { scenarioCardChannels } from './scenario-cards';
import { roomChannels, type RoomStatus, type RoomJoinView } from './room';
import type { ModerationView, QuestionsScreen } from './room-questions';
import type { Result } from '../core/result';
import type { LiveState } from '../core/live/live-state';
import type { AudienceView } from '../core/live/audience-view';

export const channels = {
  ...appChannels,
  ...workshopChannels,
  ...sessionChannels,
  ...backupChannels,
  ...liveChannels,
  ...editorChannels,
  ...handoutChannels,
  ...exportChannels,
  ...supportChannels,
  ...resumeChannels,
  ...scenarioCardChannels,
  ...roomChannels,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Input<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type Output<K extends ChannelName> = Channels[K]['output'];
export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<Output<K>> };

/** Events a host pushes to views. */
export interface Events {
  /** Facilitator views only. */
  'live:changed': LiveState;
  /** Projector views only: what the room may see. */
  'live:audience': AudienceView;
  /** Facilitator views only: the room's state (phones connected, answered, code, lock). */
  'room:changed': RoomStatus;
  /** Projector and facilitator views: the join screen or badge. */
  'room:join': RoomJoinView;
  /** Facilitator views only: the moderation queue. */
  'room:moderation': ModerationView;
  /** Projector and facilitator views: the approved texts and whether the questions screen shows. */
  'room:questions': QuestionsScreen;
}
export type EventName = keyof Events;

/** What the preload exposes as `window.secureBase`, and what the browser transport mirrors. */
export interface Bridge {
  invoke<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>>;
  subscribe<E extends EventName>(event: E, fn: (payload: Events[E]) => void): () => void;
}

export type { Result, AppError, Problem } from '../core/result';
export type { WorkshopCard, WorkshopDetail, WorkshopLanguage, LibraryListing } from './workshops';
export type { AppInfo, Reference } from './app';
export type { ExportedFile, ExportedPdf } from './handouts';
export type { ExportSaved } from './exports';
export type { Support } from '../core/handout/support';
export type { InterruptedSession } from './resume';
export type { BankCard, CardBank, ScenarioCards } from './scenario-cards';
export type { RoomStatus, RoomJoinView, PhoneView } from './room';
export type { ModerationView, QuestionsScreen, TextSettings, PhoneQuestions } from './room-questions';
export type { Workshop } from '../core/workshop/workshop-schema';
export type { Activity, ActivityOf } from '../core/workshop/activity-schema';
export type { Session, SessionSummary } from '../core/session/session-schema';
export type {
  LiveState,
  LiveIntent,
  ProjectorIntent,
  AudienceView,
  Slide,
  SlideBody,
  TimerView,
  Theme,
  Capture,
  DisplayInfo,
  ProjectorDisplays,
  ProjectorOpened,
} from './live';
export type { EditorSnapshot, MyWorkshopItem, BrowseResult, ImportedWorkshop } from './editor';
export type { EditorAgenda, EditorAgendaRow } from '../core/editor/agenda';
export type { BrowserActivity, BrowserCard } from '../core/editor/browse';
export type { EditOp, FieldPath } from '../core/editor/ops';
