// Stock bad values the fuzzer draws from. Each is bad somewhere; the generator checks it is bad where it puts it.

/** A piece of JSON text put into an HTTP body as is: Infinity as 1e999, nesting too deep for JSON.stringify. */
export class RawJson {
  constructor(readonly text: string) {}
}

export const WRONG_TYPE_SAMPLES = {
  string: ['', 'x', 'true', '0', '{}', '[]'],
  number: [0, -1, 1.5, 1e21],
  boolean: [true, false],
  null: [null],
  object: [{}, { x: 1 }, { 0: 'a' }],
  array: [[], [1], ['a'], [null], [[]], [{}]],
} as const;

/** Values only IPC can carry (structured clone); zod must not mistake them for strings, numbers or arrays. */
export const IPC_ONLY_VALUES = (): unknown[] => [
  new Date(0),
  new Map([[1, 2]]),
  new Set(['a']),
  new Uint8Array([1, 2]),
  10n,
  new Error('x'),
  /x/,
];

/** Ids reach file names and URLs: none of these may ever pass an id's schema. */
export const TRAVERSAL = [
  '..',
  '../',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2flibrary.json',
  '%252e%252e%252f',
  '....//....//library',
  '/etc/passwd',
  'C:\\Windows\\System32\\config',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  's-abcd/../../library',
  's-abcd-1234/../../../x',
  's-../../../../x',
  'sessions/../library',
  's-abcd-1234\u0000.json',
  'abc\u0000',
  's-abcd-1234\n',
  'abc\n',
  '..%c0%af..%c0%af',
  '%00',
  '~/.ssh/id_rsa',
  'ａｂｃ',
  'abc/def',
  'abc\\def',
  '.hidden',
  'CON',
  'abc:stream',
];

/** Keys a strict object must refuse, including the ones that touch prototypes. */
export const EXTRA_KEYS = [
  'extra',
  'isAdmin',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  '\u0000',
  '../../library.json',
  'id ',
  '𝕏',
  'k'.repeat(5000),
];

/** Own properties named like prototype hooks, with a payload that would show pollution. */
export const PROTO_KEYS: [string, unknown][] = [
  ['__proto__', { polluted: 'yes' }],
  ['__proto__', { toString: 'polluted', isAdmin: true }],
  ['constructor', { prototype: { polluted: 'yes' } }],
  ['prototype', { polluted: 'yes' }],
  ['__defineGetter__', 'polluted'],
];

/** Strings that break patterns, enums and bounds without being path tricks. */
export const ODD_STRINGS = [
  '',
  ' ',
  'UPPER',
  'with space',
  'ümlaut',
  '-lead',
  'a'.repeat(81),
  'tab\there',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '\u202eevil',
  '\ud800',
];

export const nested = (depth: number, kind: 'array' | 'object'): unknown => {
  let v: unknown = kind === 'array' ? [] : {};
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { deep: v };
  return v;
};

export const nestedRaw = (depth: number, kind: 'array' | 'object'): RawJson =>
  new RawJson(kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"deep":'.repeat(depth) + '{}' + '}'.repeat(depth));

/** JSON text for an HTTP body, with RawJson pieces spliced in where they stand. */
export function encodeBody(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return v;
  });
  if (text === undefined) return 'null';
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]);
}
