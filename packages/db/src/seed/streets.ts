/**
 * Where a house number is on the demo city's streets, and which house is nearest a point: the
 * one piece of maths the seed (placing homes) and the built-in geocoder (finding them) share.
 * Streets are straight at city scale, so a flat projection around each street is exact enough.
 */
import { NEIGHBOURHOODS, STREETS, type NeighbourhoodName } from './city.ts';

/** 100 house numbers to a block, a block this long. */
export const METRES_PER_BLOCK = 130;
/** How far a house stands from the middle of its street. */
export const SETBACK_M = 12;
export const DEMO_COUNTRY = 'US';

const METRES_PER_DEGREE = 111_320;
const RAD = Math.PI / 180;

export interface Point {
  lat: number;
  lng: number;
}

/** A numbered street of the demo city, laid out on the map. */
export interface StreetSegment {
  name: string;
  neighbourhood: NeighbourhoodName;
  city: string;
  postalCode: string;
  country: string;
  /** The first and last house numbers; numbers rise from `start` to `end`. */
  first: number;
  last: number;
  start: Point;
  end: Point;
}

/** A house: its street, number and where it stands. */
export interface House extends Point {
  street: StreetSegment;
  number: number;
}

interface Frame {
  /** Metres east and north of `origin` per degree of longitude and latitude. */
  origin: Point;
  eastPerDegree: number;
}

const frameAt = (origin: Point): Frame => ({
  origin,
  eastPerDegree: METRES_PER_DEGREE * Math.cos(origin.lat * RAD),
});
const toMetres = (f: Frame, p: Point) => ({
  x: (p.lng - f.origin.lng) * f.eastPerDegree,
  y: (p.lat - f.origin.lat) * METRES_PER_DEGREE,
});
const toPoint = (f: Frame, x: number, y: number): Point => ({
  lat: round6(f.origin.lat + y / METRES_PER_DEGREE),
  lng: round6(f.origin.lng + x / f.eastPerDegree),
});

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

interface Laid {
  street: StreetSegment;
  frame: Frame;
  /** Unit vector of rising numbers, metres east and north. */
  dx: number;
  dy: number;
  lengthM: number;
}

const LAID: readonly Laid[] = STREETS.map((s) => {
  const hood = NEIGHBOURHOODS.find((n) => n.name === s.neighbourhood);
  if (!hood) throw new Error(`street ${s.name} is in an unknown neighbourhood`);
  const frame = frameAt({ lat: hood.lat, lng: hood.lng });
  const [first, last] = s.numbers;
  const lengthM = ((last - first + 1) / 100) * METRES_PER_BLOCK;
  const dx = Math.sin(s.bearing * RAD);
  const dy = Math.cos(s.bearing * RAD);
  const half = lengthM / 2;
  const street: StreetSegment = {
    name: s.name,
    neighbourhood: s.neighbourhood,
    city: hood.city,
    postalCode: hood.postalCode,
    country: DEMO_COUNTRY,
    first,
    last,
    start: toPoint(frame, -dx * half, -dy * half),
    end: toPoint(frame, dx * half, dy * half),
  };
  return { street, frame, dx, dy, lengthM };
});

/** Every street of the demo city. */
export const STREET_SEGMENTS: readonly StreetSegment[] = LAID.map((l) => l.street);

function laidOf(street: StreetSegment): Laid {
  const laid = LAID.find((l) => l.street === street);
  if (!laid) throw new Error(`${street.name} is not a demo street`);
  return laid;
}

/** The street a neighbourhood's homes are seeded on (its `street` in city.ts). */
export function mainStreetOf(neighbourhood: NeighbourhoodName): StreetSegment {
  const hood = NEIGHBOURHOODS.find((n) => n.name === neighbourhood);
  const street = STREET_SEGMENTS.find(
    (s) => s.neighbourhood === neighbourhood && s.name === hood?.street,
  );
  if (!street) throw new Error(`${neighbourhood} has no main street`);
  return street;
}

/**
 * Where number `number` stands on `street`, interpolated between its first and last numbers:
 * odd numbers on the left of the direction numbers rise in, even ones on the right. Null when
 * the street has no such number.
 */
export function houseOn(street: StreetSegment, number: number): Point | null {
  if (!Number.isInteger(number) || number < street.first || number > street.last) return null;
  const { frame, dx, dy, lengthM } = laidOf(street);
  const along = ((number - street.first) / (street.last - street.first)) * lengthM - lengthM / 2;
  // Left of (dx, dy) is (-dy, dx).
  const side = number % 2 === 1 ? SETBACK_M : -SETBACK_M;
  return toPoint(frame, dx * along - dy * side, dy * along + dx * side);
}

/**
 * The house nearest to a point, on the nearest street, with the number on the side of the
 * street the point is on; null when no street is within `withinM` metres.
 */
export function nearestHouse(point: Point, withinM = 400): House | null {
  let best: { laid: Laid; distance: number; along: number; left: boolean } | null = null;
  for (const laid of LAID) {
    const { frame, dx, dy, lengthM } = laid;
    const p = toMetres(frame, point);
    const fromStart = { x: p.x + (dx * lengthM) / 2, y: p.y + (dy * lengthM) / 2 };
    const rawAlong = fromStart.x * dx + fromStart.y * dy;
    const along = Math.min(lengthM, Math.max(0, rawAlong));
    const across = dx * fromStart.y - dy * fromStart.x;
    const distance = Math.hypot(rawAlong - along, across);
    if (!best || distance < best.distance) best = { laid, distance, along, left: across > 0 };
  }
  if (!best || best.distance > withinM) return null;
  const { street, lengthM } = best.laid;
  let number = Math.round(street.first + (best.along / lengthM) * (street.last - street.first));
  const wantOdd = best.left;
  if ((number % 2 === 1) !== wantOdd) number += number + 1 <= street.last ? 1 : -1;
  const at = houseOn(street, number);
  if (!at) return null;
  return { street, number, ...at };
}
