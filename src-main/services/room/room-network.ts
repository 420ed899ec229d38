import { networkInterfaces } from 'node:os';
import {
  chooseAddress,
  NO_ADDRESS_MESSAGE,
  octets,
  rankAddresses,
  type NetworkInterfaceEntry,
  type RoomAddress,
} from '../../core/room/interfaces';

export const DEFAULT_ROOM_PORT = 47615;
/** How many ports after the remembered one are tried when it is taken. */
const PORT_TRIES = 20;

export interface RoomEnvironment {
  SECURE_BASE_ROOM_ADDRESS?: string;
  SECURE_BASE_ROOM_PORT?: string;
}

/** This machine's adapters, as the ranking reads them. */
export function machineInterfaces(): NetworkInterfaceEntry[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).map((i) => ({ name, address: i.address, family: i.family, internal: i.internal })),
  );
}

export type AddressChoice = { ranked: RoomAddress[]; chosen: RoomAddress | null; problem: string | null; overridden: boolean };

/** The address to listen on: the environment's when set (tests use 127.0.0.1), else the ranking's. */
export function roomAddress(env: RoomEnvironment, entries: NetworkInterfaceEntry[], picked?: string): AddressChoice {
  const forced = env.SECURE_BASE_ROOM_ADDRESS;
  if (forced) {
    if (!octets(forced) || forced === '0.0.0.0')
      return { ranked: [], chosen: null, problem: `SECURE_BASE_ROOM_ADDRESS must be one IPv4 address, not "${forced}".`, overridden: true };
    const chosen = { name: 'SECURE_BASE_ROOM_ADDRESS', address: forced, private: true, virtual: false };
    return { ranked: [chosen], chosen, problem: null, overridden: true };
  }
  const ranked = rankAddresses(entries);
  const chosen = chooseAddress(ranked, picked);
  return { ranked, chosen, problem: chosen ? null : NO_ADDRESS_MESSAGE, overridden: false };
}

/** The ports to try in order: the environment's alone, or the remembered one and the next few. */
export function roomPorts(env: RoomEnvironment, remembered?: number): number[] | Error {
  if (env.SECURE_BASE_ROOM_PORT !== undefined) {
    const port = Number(env.SECURE_BASE_ROOM_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return new Error(`SECURE_BASE_ROOM_PORT must be a port number (0-65535), not "${env.SECURE_BASE_ROOM_PORT}".`);
    return [port];
  }
  const first = remembered ?? DEFAULT_ROOM_PORT;
  return Array.from({ length: PORT_TRIES }, (_, i) => first + i).filter((p) => p <= 65535);
}
