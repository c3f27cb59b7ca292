import { describe, expect, it } from 'vitest';
import {
  instantOfWallClock,
  isOpenAtWallClock,
  localDate,
  openingState,
  type HoursWindow,
} from './opening-hours.ts';

const LA = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';
const at = (iso: string) => new Date(iso);
const w = (weekday: number, opensAt: string, closesAt: string): HoursWindow => ({
  weekday,
  opensAt,
  closesAt,
});

describe('openingState', () => {
  it('is open inside a window and says when it closes (Los Angeles, summer time)', () => {
    // Tuesday 2025-07-15 12:00 PDT = 19:00Z.
    const state = openingState([w(2, '11:00', '14:00')], LA, at('2025-07-15T19:00:00Z'));
    expect(state).toEqual({
      isOpenNow: true,
      closesAt: at('2025-07-15T21:00:00Z'),
      nextOpenAt: null,
    });
  });

  it('is closed at the closing minute and points to the next opening', () => {
    const hours = [w(2, '11:00', '14:00'), w(3, '11:00', '14:00')];
    const state = openingState(hours, LA, at('2025-07-15T21:00:00Z'));
    expect(state).toEqual({
      isOpenNow: false,
      closesAt: null,
      nextOpenAt: at('2025-07-16T18:00:00Z'),
    });
  });

  describe('a window across midnight (Wednesday 18:00–01:00)', () => {
    const hours = [w(3, '18:00', '01:00')];

    it('is open after midnight, on Thursday, until 01:00', () => {
      // Thursday 2025-07-17 00:30 PDT = 07:30Z.
      expect(openingState(hours, LA, at('2025-07-17T07:30:00Z'))).toEqual({
        isOpenNow: true,
        closesAt: at('2025-07-17T08:00:00Z'),
        nextOpenAt: null,
      });
    });

    it('is closed at 01:30 and opens again next Wednesday', () => {
      expect(openingState(hours, LA, at('2025-07-17T08:30:00Z'))).toEqual({
        isOpenNow: false,
        closesAt: null,
        nextOpenAt: at('2025-07-24T01:00:00Z'),
      });
    });

    it('is not open on Wednesday before 18:00 (the small hours belong to Thursday)', () => {
      // Wednesday 00:30 PDT.
      expect(openingState(hours, LA, at('2025-07-16T07:30:00Z')).isOpenNow).toBe(false);
    });
  });

  it('wraps round the week: Saturday 22:00–02:00 is open early on Sunday', () => {
    // Sunday 2025-07-20 01:00 PDT = 08:00Z.
    expect(openingState([w(6, '22:00', '02:00')], LA, at('2025-07-20T08:00:00Z'))).toEqual({
      isOpenNow: true,
      closesAt: at('2025-07-20T09:00:00Z'),
      nextOpenAt: null,
    });
  });

  it('merges windows that touch: open until the end of the chain', () => {
    const hours = [w(1, '18:00', '00:00'), w(2, '00:00', '02:00')];
    // Monday 2025-07-14 23:00 PDT = Tuesday 06:00Z → closes Tuesday 02:00 PDT = 09:00Z.
    expect(openingState(hours, LA, at('2025-07-15T06:00:00Z')).closesAt).toEqual(
      at('2025-07-15T09:00:00Z'),
    );
  });

  it('reads the hours in the kitchen’s own time zone, not the server’s or the customer’s', () => {
    const hours = [w(1, '11:00', '14:00')];
    // Monday 2025-07-14 12:00 in Tokyo = 03:00Z (still Sunday evening in Los Angeles).
    const instant = at('2025-07-14T03:00:00Z');
    expect(openingState(hours, TOKYO, instant).isOpenNow).toBe(true);
    expect(openingState(hours, LA, instant).isOpenNow).toBe(false);
    expect(openingState(hours, TOKYO, instant).closesAt).toEqual(at('2025-07-14T05:00:00Z'));
  });

  it('finds the next opening across the autumn DST change (the clock falls back overnight)', () => {
    // Saturday 2025-11-01 23:00 PDT = 2025-11-02T06:00Z; clocks fall back at 02:00 on Sunday.
    // Sunday 10:00 is PST (UTC−8) = 18:00Z, not 17:00Z.
    const state = openingState([w(0, '10:00', '22:00')], LA, at('2025-11-02T06:00:00Z'));
    expect(state.nextOpenAt).toEqual(at('2025-11-02T18:00:00Z'));
  });

  it('closes at the right instant when the clock springs forward inside a window', () => {
    // Sunday 2025-03-09 01:30 PST = 09:30Z; 02:00–03:00 does not exist; 03:00 PDT = 10:00Z.
    expect(openingState([w(0, '01:00', '03:00')], LA, at('2025-03-09T09:30:00Z'))).toEqual({
      isOpenNow: true,
      closesAt: at('2025-03-09T10:00:00Z'),
      nextOpenAt: null,
    });
  });

  it('moves an opening that falls in the spring-forward gap to just after it', () => {
    // Opens 02:30 on 2025-03-09, which does not exist in Los Angeles: 03:30 PDT = 10:30Z.
    const state = openingState([w(0, '02:30', '05:00')], LA, at('2025-03-09T09:00:00Z'));
    expect(state.nextOpenAt).toEqual(at('2025-03-09T10:30:00Z'));
  });

  it('has no opening without hours', () => {
    expect(openingState([], LA, at('2025-07-15T19:00:00Z'))).toEqual({
      isOpenNow: false,
      closesAt: null,
      nextOpenAt: null,
    });
  });
});

describe('isOpenAtWallClock', () => {
  it('treats the opening minute as open and the closing minute as closed', () => {
    const hours = [w(2, '11:00', '14:00')];
    expect(isOpenAtWallClock(hours, 2, 11 * 60)).toBe(true);
    expect(isOpenAtWallClock(hours, 2, 14 * 60 - 0.01)).toBe(true);
    expect(isOpenAtWallClock(hours, 2, 14 * 60)).toBe(false);
  });
});

describe('time zone conversion', () => {
  it('resolves a repeated wall-clock time to its first occurrence', () => {
    // 2025-11-02 01:30 happens twice in Los Angeles: first at 08:30Z (PDT).
    expect(instantOfWallClock(Date.UTC(2025, 10, 2, 1, 30), LA)).toEqual(
      at('2025-11-02T08:30:00Z'),
    );
  });

  it('gives the local calendar date', () => {
    expect(localDate(at('2025-07-15T05:00:00Z'), LA)).toBe('2025-07-14');
    expect(localDate(at('2025-07-15T05:00:00Z'), TOKYO)).toBe('2025-07-15');
  });
});
