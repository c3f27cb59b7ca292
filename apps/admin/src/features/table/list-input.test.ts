import { describe, expect, it } from 'vitest';
import { listInput, PAGE_SIZE, startOfDay } from './list-input.ts';

describe('listInput', () => {
  it('asks for a page with each filter that is set, leaving empty ones out', () => {
    const from = new Date(2026, 0, 2);
    expect(listInput({ query: '', role: 'chef', status: undefined, from })).toEqual({
      limit: PAGE_SIZE,
      role: 'chef',
      from,
    });
  });
});

describe('startOfDay', () => {
  it('is local midnight of the day typed, or of a later day', () => {
    expect(startOfDay('2026-03-01')).toEqual(new Date(2026, 2, 1));
    expect(startOfDay('2026-02-28', 1)).toEqual(new Date(2026, 2, 1));
  });

  it('is nothing for an empty or malformed day', () => {
    expect(startOfDay('')).toBeUndefined();
    expect(startOfDay('2026-3-1')).toBeUndefined();
  });
});
