import { describe, expect, it } from 'vitest';
import { BatchWriter } from './batch.ts';

describe('BatchWriter', () => {
  it('writes when a batch is full, and the rest on flush, one write at a time', async () => {
    const writes: number[][] = [];
    let inFlight = 0;
    const writer = new BatchWriter<number>(
      async (items) => {
        inFlight++;
        expect(inFlight).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        writes.push(items);
        inFlight--;
      },
      { maxItems: 3, intervalMs: 60_000 },
    );
    for (let i = 0; i < 7; i++) writer.push(i);
    await writer.flush();
    expect(writes).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    await writer.close();
  });

  it('writes on its timer', async () => {
    const writes: string[][] = [];
    const writer = new BatchWriter<string>(
      (items) => {
        writes.push(items);
        return Promise.resolve();
      },
      {
        intervalMs: 20,
      },
    );
    writer.push('a');
    await new Promise((r) => setTimeout(r, 80));
    expect(writes).toEqual([['a']]);
    await writer.close();
  });

  it('keeps a failed batch for the next write, dropping the oldest past the cap', async () => {
    let fail = true;
    const writes: number[][] = [];
    const errors: number[] = [];
    const writer = new BatchWriter<number>(
      (items) => {
        if (fail) return Promise.reject(new Error('database down'));
        writes.push(items);
        return Promise.resolve();
      },
      {
        maxItems: 10,
        intervalMs: 60_000,
        maxQueued: 4,
        onError: (_e, dropped) => errors.push(dropped),
      },
    );
    for (let i = 0; i < 6; i++) writer.push(i);
    await writer.flush();
    expect(errors).toEqual([2]);
    expect(writer.pending).toBe(4);
    fail = false;
    await writer.close();
    expect(writes).toEqual([[2, 3, 4, 5]]);
    expect(() => writer.push(9)).toThrow(/closed/);
  });
});
