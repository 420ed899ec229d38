import { describe, expect, it } from 'vitest';
import { isJoinCode, JOIN_ALPHABET, makeJoinCode, normaliseJoinCode } from '../../../src-main/core/room/join-code';
import { chooseAddress, rankAddresses, type NetworkInterfaceEntry } from '../../../src-main/core/room/interfaces';
import { GuessLockout, RateLimit } from '../../../src-main/core/room/limits';
import { RoomAnswers } from '../../../src-main/core/room/answers';
import { RoomDoor } from '../../../src-main/core/room/door';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('join codes', () => {
  it('are six characters with no 0, O, 1 or I, from every byte value', () => {
    expect(JOIN_ALPHABET).not.toMatch(/[0O1I]/);
    expect(JOIN_ALPHABET).toHaveLength(32);
    for (let b = 0; b < 256; b++) {
      const code = makeJoinCode(bytes(b, b, b, b, b, b));
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
      expect(isJoinCode(code)).toBe(true);
    }
  });
  it('a changed code differs from the one before, even when the dice repeat', () => {
    const first = makeJoinCode(bytes(1, 2, 3, 4, 5, 6));
    expect(makeJoinCode(bytes(1, 2, 3, 4, 5, 6), first)).not.toBe(first);
  });
  it('reads what people type: lower case, spaces and dashes', () => {
    expect(normaliseJoinCode(' ab3-d ef ')).toBe('AB3DEF');
    expect(isJoinCode('AB0DEF')).toBe(false);
    expect(isJoinCode('ABCDE')).toBe(false);
  });
  it('refuses too few random bytes', () => expect(() => makeJoinCode(bytes(1, 2))).toThrow(/6 random bytes/));
});

const entry = (name: string, address: string, extra: Partial<NetworkInterfaceEntry> = {}): NetworkInterfaceEntry => ({
  name,
  address,
  family: 'IPv4',
  internal: false,
  ...extra,
});

describe('choosing the address a room listens on', () => {
  it('a Windows laptop: Wi-Fi first, Hyper-V, WSL and VMware last, link-local and loopback never', () => {
    const ranked = rankAddresses([
      entry('vEthernet (Default Switch)', '172.22.96.1'),
      entry('vEthernet (WSL)', '172.29.0.1'),
      entry('VMware Network Adapter VMnet8', '192.168.56.1'),
      entry('Ethernet', '169.254.10.20'),
      entry('Wi-Fi', '192.168.1.34'),
      entry('Loopback Pseudo-Interface 1', '127.0.0.1', { internal: true }),
      entry('Wi-Fi', 'fe80::1', { family: 'IPv6' }),
    ]);
    expect(ranked.map((a) => a.address)).toEqual(['192.168.1.34', '172.22.96.1', '172.29.0.1', '192.168.56.1']);
    expect(chooseAddress(ranked)?.name).toBe('Wi-Fi');
  });
  it('a Mac: en0 before utun (VPN) and bridge adapters; Docker, VirtualBox and Tailscale last', () => {
    const ranked = rankAddresses([
      entry('utun3', '10.8.0.2'),
      entry('docker0', '172.17.0.1'),
      entry('vboxnet0', '192.168.99.1'),
      entry('tailscale0', '100.101.102.103'),
      entry('en0', '10.0.0.12'),
      entry('en1', '169.254.3.3'),
    ]);
    expect(ranked[0]).toEqual({ name: 'en0', address: '10.0.0.12', private: true, virtual: false });
    expect(ranked.slice(1).every((a) => a.virtual)).toBe(true);
    expect(ranked.some((a) => a.address.startsWith('169.254'))).toBe(false);
  });
  it('private ranges before public addresses; 172.32 is not private', () => {
    const ranked = rankAddresses([entry('eth1', '172.32.0.5'), entry('eth0', '172.31.255.1'), entry('eth2', '8.8.4.4')]);
    expect(ranked.map((a) => [a.address, a.private])).toEqual([
      ['172.31.255.1', true],
      ['172.32.0.5', false],
      ['8.8.4.4', false],
    ]);
  });
  it('keeps the facilitator’s pick while it exists, and says there is none when only virtual adapters are left', () => {
    const ranked = rankAddresses([entry('Wi-Fi', '192.168.1.34'), entry('Ethernet', '10.1.2.3')]);
    expect(chooseAddress(ranked, '10.1.2.3')?.name).toBe('Ethernet');
    expect(chooseAddress(ranked, '10.9.9.9')?.name).toBe('Wi-Fi');
    expect(chooseAddress(rankAddresses([entry('vEthernet (WSL)', '172.29.0.1'), entry('en5', '169.254.1.1')]))).toBeNull();
    expect(chooseAddress(rankAddresses([]))).toBeNull();
  });
  it('accepts the numeric family older Node versions report and ignores malformed addresses', () => {
    expect(rankAddresses([entry('Wi-Fi', '192.168.0.2', { family: 4 }), entry('x', '192.168.0.300')]).map((a) => a.address)).toEqual([
      '192.168.0.2',
    ]);
  });
});

describe('limits over time passed in', () => {
  it('a rate limit lets a burst through, refuses past it, and refills', () => {
    const limit = new RateLimit(10, 5, 0);
    const first = Array.from({ length: 50 }, () => limit.take(0));
    expect(first.filter(Boolean)).toHaveLength(5);
    expect(limit.take(50)).toBe(false);
    expect(limit.take(100)).toBe(true);
    expect(limit.take(100)).toBe(false);
    expect(limit.take(10_000)).toBe(true);
  });
  it('locks out an address after five wrong codes within a minute, and forgets it after', () => {
    const lockout = new GuessLockout(5, 60_000);
    for (let i = 0; i < 5; i++) lockout.wrong('10.0.0.9', i * 1000);
    expect(lockout.lockedOut('10.0.0.9', 5000)).toBe(true);
    expect(lockout.lockedOut('10.0.0.8', 5000)).toBe(false);
    expect(lockout.waitSeconds('10.0.0.9', 5000)).toBe(55);
    expect(lockout.lockedOut('10.0.0.9', 61_000)).toBe(false);
    expect(lockout.lockedOut('10.0.0.9', 70_000)).toBe(false);
    expect(lockout.size).toBe(0);
  });
});

describe('answers, one per phone per question', () => {
  const poll = { id: 'mood', options: ['good', 'bad'] };
  it('counts each phone once, moves a changed vote, and ignores the same vote again', () => {
    const room = new RoomAnswers();
    expect(room.answer(poll, 'p1', 'mood', 'good')).toEqual({ questionId: 'mood', added: 'good' });
    expect(room.answer(poll, 'p2', 'mood', 'good')).toEqual({ questionId: 'mood', added: 'good' });
    expect(room.answer(poll, 'p1', 'mood', 'good')).toBeNull();
    expect(room.answer(poll, 'p1', 'mood', 'bad')).toEqual({ questionId: 'mood', added: 'bad', removed: 'good' });
    expect(room.question('mood').counts()).toEqual({ good: 1, bad: 1 });
    expect(room.question('mood').answered).toBe(2);
    expect(room.question('mood').mine('p1')).toBe('bad');
  });
  it('refuses a closed question, another question than the one on screen, and an unknown option', () => {
    const room = new RoomAnswers();
    room.question('mood').closed = true;
    expect(room.answer(poll, 'p1', 'mood', 'good')).toBe('closed');
    expect(room.answer(poll, 'p1', 'other', 'good')).toBe('not-current');
    expect(room.answer(null, 'p1', 'mood', 'good')).toBe('not-current');
    expect(room.answer({ id: 'q2', options: ['a'] }, 'p1', 'q2', 'zzz')).toBe('unknown-option');
    expect(room.has('q2')).toBe(true);
    expect(room.question('q2').answered).toBe(0);
  });
});

describe('the door', () => {
  const token = 't'.repeat(32);
  it('admits by token or code, brings a known phone back as itself, and keeps new ones out once locked', () => {
    const door = new RoomDoor(token, 'ABCDEF', 3);
    expect(door.admit({ token }, undefined, 'k1', 'a', 0)).toEqual({ phone: 'k1', rejoined: false });
    expect(door.admit({ code: 'abc def' }, undefined, 'k2', 'a', 0)).toEqual({ phone: 'k2', rejoined: false });
    expect(door.admit({ token }, 'k1', 'k9', 'a', 0)).toEqual({ phone: 'k1', rejoined: true });
    door.locked = true;
    expect(door.admit({ token }, undefined, 'k3', 'a', 0)).toMatchObject({ refused: 'locked', message: expect.stringMatching(/closed/) });
    expect(door.admit({ token }, 'k2', 'k3', 'a', 0)).toEqual({ phone: 'k2', rejoined: true });
    expect(door.joined).toBe(2);
  });
  it('is full at the cap', () => {
    const door = new RoomDoor(token, 'ABCDEF', 1);
    door.admit({ token }, undefined, 'k1', 'a', 0);
    expect(door.admit({ token }, undefined, 'k2', 'a', 0)).toMatchObject({ refused: 'full' });
  });
  it('locks out code guessing per address, and the right code does not get through while locked out', () => {
    const door = new RoomDoor(token, 'ABCDEF');
    for (let i = 0; i < 5; i++)
      expect(door.admit({ code: `WRONG${i}` }, undefined, `k${i}`, '10.0.0.9', i)).toMatchObject({ refused: 'wrong-code' });
    expect(door.admit({ code: 'ABCDEF' }, undefined, 'k', '10.0.0.9', 10)).toMatchObject({ refused: 'locked-out' });
    expect(door.admit({ code: 'ABCDEF' }, undefined, 'k', '10.0.0.7', 10)).toMatchObject({ phone: 'k' });
    expect(door.admit({ token: 'x' }, undefined, 'k', '10.0.0.6', 10)).toMatchObject({ refused: 'wrong-code' });
  });
});
