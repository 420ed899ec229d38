import { getContext, setContext } from 'svelte';
import type { RoomConnection } from './connection.svelte';

const KEY = Symbol('room');

/** The phone's connection, for any part of the page that sends (the question box, a write box). */
export const provideRoom = (room: RoomConnection): RoomConnection => setContext(KEY, room);
export const useRoom = (): RoomConnection => getContext<RoomConnection>(KEY);
