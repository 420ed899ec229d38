import { describe, expect, it } from 'vitest';
import { editorAgenda } from '../../../src-main/core/editor/agenda';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { builtIn } from './fixtures';

const withMinutes = (minutes: number[], target: number, startTime?: string): Pick<Workshop, 'activities' | 'minutes' | 'startTime'> => {
  const base = builtIn('essentials');
  const activities = minutes.map((m, i) => ({ ...base.activities[i % base.activities.length], id: `a-${i}`, minutes: m }));
  return { activities, minutes: target, ...(startTime !== undefined ? { startTime } : {}) };
};

describe('editor agenda', () => {
  it('runs start times from zero and totals against the target', () => {
    const agenda = editorAgenda(withMinutes([5, 10, 15], 60));
    expect(agenda.rows.map((r) => [r.startsAt, r.endsAt])).toEqual([
      [0, 5],
      [5, 15],
      [15, 30],
    ]);
    expect(agenda.total).toBe(30);
    expect(agenda.target).toBe(60);
    expect(agenda.over).toBe(-30);
    expect(agenda.rows[0].clock).toBeUndefined();
    expect(agenda.endClock).toBeUndefined();
  });

  it('reports minutes over the target as positive', () => {
    expect(editorAgenda(withMinutes([40, 30], 60)).over).toBe(10);
    expect(editorAgenda(withMinutes([30, 30], 60)).over).toBe(0);
  });

  it('gives clock times from a start time, across midnight', () => {
    const agenda = editorAgenda(withMinutes([20, 30, 25], 75, '23:30'));
    expect(agenda.rows.map((r) => `${r.clock}-${r.endClock}`)).toEqual(['23:30-23:50', '23:50-00:20', '00:20-00:45']);
    expect(agenda.endClock).toBe('00:45');
  });

  it('ignores a start time that is not valid yet, as while it is being typed', () => {
    for (const startTime of ['9:3', '25:00', '', 'soon']) {
      const agenda = editorAgenda(withMinutes([10], 60, startTime));
      expect(agenda.rows[0].clock).toBeUndefined();
      expect(agenda.endClock).toBeUndefined();
    }
  });

  it('counts minutes that break the rules as whole, non-negative minutes', () => {
    const agenda = editorAgenda(withMinutes([0, -5, 2.6, Number.NaN, 10], 60));
    expect(agenda.rows.map((r) => r.startsAt)).toEqual([0, 0, 0, 3, 3]);
    expect(agenda.total).toBe(13);
  });

  it("adds up each activity's script steps", () => {
    const w = builtIn('essentials');
    const agenda = editorAgenda(w);
    w.activities.forEach((a, i) => expect(agenda.rows[i].stepMinutes).toBe(a.script.steps.reduce((s, x) => s + x.minutes, 0)));
  });

  it('handles an empty agenda', () => {
    const agenda = editorAgenda({ activities: [], minutes: 45 });
    expect(agenda).toEqual({ rows: [], total: 0, target: 45, over: -45 });
  });
});
