/**
 * Which address of this machine the room listens on. The phones must reach it over the room's
 * Wi-Fi (or the laptop's hotspot): a private IPv4 address of a real adapter. Virtual adapters
 * (Hyper-V, WSL, VMware, VirtualBox, Docker, Tailscale, macOS utun) come last because phones cannot
 * reach them; link-local 169.254 addresses (no network yet) never.
 */
export interface NetworkInterfaceEntry {
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6' | string | number;
  internal: boolean;
}

export interface RoomAddress {
  name: string;
  address: string;
  /** A private range (10/8, 172.16/12, 192.168/16): what a room's Wi-Fi or a hotspot hands out. */
  private: boolean;
  /** A virtual adapter phones cannot reach. */
  virtual: boolean;
}

const VIRTUAL = /^(vethernet|wsl|vmware|vmnet|virtualbox|vboxnet|docker|br-|veth|tailscale|utun|zt|ham|loopback pseudo)/i;
const VIRTUAL_ANYWHERE = /(vmware|virtualbox|hyper-v|docker|tailscale|wsl)/i;

export function octets(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const nums = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return nums.every((n) => n >= 0 && n <= 255) ? nums : null;
}

export function isPrivateIPv4(address: string): boolean {
  const o = octets(address);
  if (!o) return false;
  return o[0] === 10 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) || (o[0] === 192 && o[1] === 168);
}

const isLinkLocal = (address: string) => address.startsWith('169.254.');
const isIPv4 = (family: NetworkInterfaceEntry['family']) => family === 'IPv4' || family === 4;
const isVirtual = (name: string) => VIRTUAL.test(name) || VIRTUAL_ANYWHERE.test(name);

/** The addresses a room could listen on, best first. Loopback, IPv6 and 169.254 are left out. */
export function rankAddresses(entries: readonly NetworkInterfaceEntry[]): RoomAddress[] {
  const usable = entries
    .filter((e) => isIPv4(e.family) && !e.internal && octets(e.address) !== null && !isLinkLocal(e.address))
    .map((e) => ({ name: e.name, address: e.address, private: isPrivateIPv4(e.address), virtual: isVirtual(e.name) }));
  const score = (a: RoomAddress) => (a.virtual ? 2 : 0) + (a.private ? 0 : 1);
  // A stable sort keeps the system's own order among equals.
  return usable
    .map((a, i) => ({ a, i }))
    .sort((x, y) => score(x.a) - score(y.a) || x.i - y.i)
    .map((x) => x.a);
}

/**
 * The address to use: the one the facilitator picked when it is still there, else the best ranked.
 * Null when there is none a phone could reach, with the words to say so.
 */
export function chooseAddress(ranked: readonly RoomAddress[], picked?: string): RoomAddress | null {
  const reachable = ranked.filter((a) => a.private && !a.virtual);
  return ranked.find((a) => a.address === picked) ?? reachable[0] ?? null;
}

export const NO_ADDRESS_MESSAGE =
  'This computer is not on a network the phones can reach. Connect it to the room’s Wi-Fi, or turn on its hotspot, then try again.';
