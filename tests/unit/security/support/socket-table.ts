// Which local addresses listen on a TCP port, read from the operating system's socket table.
// Proving a server is bound to loopback this way sends no traffic to the machine's other addresses.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const LISTEN = '0A';

/** "0100007F" (little-endian hex, as /proc/net/tcp writes it) -> "127.0.0.1". */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
}

/** /proc/net/tcp6 writes the address as four little-endian 32-bit words. */
function ipv6(hex: string): string {
  const bytes: string[] = [];
  for (let w = 0; w < 4; w++) {
    const word = hex.slice(w * 8, w * 8 + 8);
    bytes.push(word.slice(6, 8), word.slice(4, 6), word.slice(2, 4), word.slice(0, 2));
  }
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(parseInt(bytes[i] + bytes[i + 1], 16).toString(16));
  const full = groups.join(':');
  if (full === '0:0:0:0:0:0:0:0') return '::';
  if (full === '0:0:0:0:0:0:0:1') return '::1';
  const mapped = /^0:0:0:0:0:ffff:([0-9a-f]+):([0-9a-f]+)$/.exec(full);
  if (mapped) {
    const n = (parseInt(mapped[1], 16) << 16) | parseInt(mapped[2], 16);
    return `::ffff:${[24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')}`;
  }
  return full;
}

function fromProc(port: number): string[] {
  const found: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== LISTEN) continue;
      const [addr, portHex] = cols[1].split(':');
      if (parseInt(portHex, 16) === port) found.push(decode(addr));
    }
  }
  return found;
}

/** macOS and Windows: `netstat -an`, lines in LISTEN state ending the local address with .port or :port. */
function fromNetstat(port: number): string[] {
  const out = execFileSync('netstat', ['-an'], { encoding: 'utf8' });
  const found: string[] = [];
  for (const line of out.split('\n')) {
    if (!/LISTEN/i.test(line) || !/tcp/i.test(line)) continue;
    const local = line
      .trim()
      .split(/\s+/)
      .find((col) => new RegExp(`[.:]${port}$`).test(col));
    if (local) found.push(local.slice(0, local.length - String(port).length - 1).replace(/^\[|\]$/g, ''));
  }
  return found;
}

/** Every local address with a socket listening on `port`, e.g. ["127.0.0.1"]. */
export function listeningAddresses(port: number): string[] {
  const found = existsSync('/proc/net/tcp') ? fromProc(port) : fromNetstat(port);
  return [...new Set(found)].sort();
}
