import { describe, expect, it } from 'vitest';
import { OpenOnce } from '../../../src-main/services/open-once';

describe('OpenOnce', () => {
  it('opens a key once however many ask at the same moment, and keeps it open', async () => {
    const open = new OpenOnce<string, { id: string }>();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setImmediate(r));
      return { id: 'a' };
    };
    const [x, y, z] = await Promise.all([open.open('a', load), open.open('a', load), open.open('a', load)]);
    expect(loads).toBe(1);
    expect(x).toBe(y);
    expect(y).toBe(z);
    expect(await open.open('a', load)).toBe(x);
    expect(loads).toBe(1);
    expect(open.get('a')).toBe(x);
  });

  it('keeps neither "nothing there" nor a failed open, so the next ask tries again', async () => {
    const open = new OpenOnce<string, number>();
    expect(await open.open('gone', async () => undefined)).toBeUndefined();
    expect(open.has('gone')).toBe(false);
    await expect(open.open('broken', async () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    expect(open.pending('broken')).toBeUndefined();
    expect(await open.open('broken', async () => 7)).toBe(7);
  });

  it('lets a caller wait for an opening under way without starting one', async () => {
    const open = new OpenOnce<string, number>();
    expect(open.pending('a')).toBeUndefined();
    const opening = open.open('a', async () => 1);
    expect(await open.pending('a')).toBe(1);
    await opening;
    expect(open.pending('a')).toBeUndefined();
  });
});
