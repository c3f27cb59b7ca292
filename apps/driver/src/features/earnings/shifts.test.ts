import { describe, expect, it } from 'vitest';
import { formatDuration, shiftEnding, shiftSpan } from './shifts.ts';

describe('a shift on the earnings page', () => {
  const start = new Date(2026, 11, 4, 18, 0);
  it('says how long it lasted', () => {
    expect(formatDuration(start, new Date(2026, 11, 4, 21, 5))).toBe('3 h 05 min');
    expect(formatDuration(start, new Date(2026, 11, 4, 18, 45, 30))).toBe('45 min');
    expect(formatDuration(start, new Date(2026, 11, 4, 18, 0, 20))).toBe('under a minute');
  });

  it('spans start to end, naming the end’s day only when it differs, or “now”', () => {
    expect(shiftSpan(start, new Date(2026, 11, 4, 21, 5))).toBe('Fri, Dec 4, 6:00 PM – 9:05 PM');
    expect(shiftSpan(start, new Date(2026, 11, 5, 1, 30))).toBe(
      'Fri, Dec 4, 6:00 PM – Sat, Dec 5, 1:30 AM',
    );
    expect(shiftSpan(start, null)).toBe('Fri, Dec 4, 6:00 PM – now');
  });

  it('says why it ended', () => {
    expect(shiftEnding('went_offline')).toBe('You went offline');
    expect(shiftEnding('no_pings')).toBe('Ended: no location for a while');
    expect(shiftEnding(null)).toBeNull();
  });
});
