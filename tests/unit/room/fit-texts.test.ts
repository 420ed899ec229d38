import { expect, it } from 'vitest';
import { textsThatFit } from '../../../src-renderer/src/lib/fit-texts';

const t = (n: number) => ({ text: 'x'.repeat(n) });

it('takes texts up to the count and the character budget, the first always', () => {
  expect(textsThatFit([t(10), t(10), t(10)], 2, 1000)).toHaveLength(2);
  expect(textsThatFit([t(100), t(100), t(100)], 7, 250)).toHaveLength(2);
  expect(textsThatFit([t(280)], 7, 100)).toHaveLength(1);
  expect(textsThatFit([], 7, 100)).toEqual([]);
});
