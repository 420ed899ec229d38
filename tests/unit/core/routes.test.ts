import { describe, expect, it } from 'vitest';
import { projectorRoute } from '../../../src-main/contract/routes';
import { hrefOf, parseRoute } from '../../../src-renderer/src/lib/routes';

describe('the projector route', () => {
  it('is the form the renderer reads, for any session id', () => {
    for (const sessionId of ['s-2025-03-12-ab12cd34', 's-with spaces/and#hash', 'نشست']) {
      expect(parseRoute(projectorRoute(sessionId))).toEqual({ view: 'projector', sessionId });
      expect(hrefOf({ view: 'projector', sessionId })).toBe(projectorRoute(sessionId));
    }
  });
});
