import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../../../src-main/core/validation';
import { jsonPath } from '../../../src-main/core/result';

describe('validation problems', () => {
  it('names each problem by its JSON path', () => {
    const schema = z.strictObject({ activities: z.array(z.strictObject({ title: z.string(), minutes: z.number() })) });
    const result = validate(schema, { activities: [{ title: 'a', minutes: 1 }, { minutes: 'x' }], extra: true }, 'workshop');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.problems!.map((p) => p.path).sort();
    expect(paths).toEqual(['$', '$.activities[1].minutes', '$.activities[1].title']);
    expect(result.error.problems!.find((p) => p.path === '$.activities[1].title')!.message).toBe('is required (string)');
    expect(result.error.problems!.find((p) => p.path === '$')!.message).toBe('unknown field "extra"');
    expect(result.error.message).toMatch(/^Invalid workshop: \$/);
  });

  it('quotes keys that are not plain names', () => {
    expect(jsonPath(['notes', 'week 1', 0])).toBe('$.notes["week 1"][0]');
  });
});
