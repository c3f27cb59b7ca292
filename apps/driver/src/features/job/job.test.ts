import { describe, expect, it } from 'vitest';
import { directionsUrl, jobStep } from './steps.ts';

describe('the driver’s job', () => {
  const at = new Date('2026-12-04T18:00:00Z');
  it('follows what the server recorded, step by step', () => {
    expect(jobStep({ arrivedAt: null, pickedUpAt: null, deliveredAt: null })).toBe('to_kitchen');
    expect(jobStep({ arrivedAt: at, pickedUpAt: null, deliveredAt: null })).toBe('at_kitchen');
    // The chef may confirm the handoff before the driver says they arrived.
    expect(jobStep({ arrivedAt: null, pickedUpAt: at, deliveredAt: null })).toBe('to_customer');
    expect(jobStep({ arrivedAt: at, pickedUpAt: at, deliveredAt: at })).toBe('delivered');
  });

  it('opens directions to the exact point', () => {
    expect(directionsUrl(37.8044, -122.2712)).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=37.804400,-122.271200',
    );
  });
});
