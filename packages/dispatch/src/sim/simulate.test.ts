import { describe, expect, it } from 'vitest';
import { generateDay } from './city.ts';
import { simulateDay } from './simulate.ts';

describe('simulator (smoke run)', () => {
  it('replays a small day under both policies and accounts for every order', () => {
    const day = generateDay(5, 'balanced', 120);
    expect(day.orders.length).toBeGreaterThan(60);
    expect(generateDay(5, 'balanced', 120)).toEqual(day);
    for (const policy of ['planner', 'greedy'] as const) {
      const r = simulateDay(day, policy);
      expect(r.orders).toBe(day.orders.length);
      expect(r.delivered).toBeGreaterThan(0);
      expect(r.delivered).toBeLessThanOrEqual(r.orders);
      expect(r.within40).toBeLessThanOrEqual(r.delivered);
      expect(r.clickToDoor.every((c) => c > 0)).toBe(true);
      expect(r.rounds).toBeGreaterThan(0);
    }
  });
});
