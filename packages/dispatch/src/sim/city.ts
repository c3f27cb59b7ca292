/** A seeded, believable city day: kitchens, customers, orders with a lunch and a dinner peak, driver shifts. */

export interface Point {
  x: number;
  y: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gaussian = (r: () => number) => {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
};

/** Road distance ≈ 1.35 × straight line at 8 m/s (29 km/h), plus a minute to park and walk. */
export const cityTravelTime = (a: Point, b: Point): number => {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return 60 + (1.35 * Math.sqrt(dx * dx + dy * dy)) / 8;
};

export interface SimOrder {
  id: string;
  kitchenId: string;
  pickup: Point;
  dropoff: Point;
  placedAt: number;
  /** The chef's estimate, which the planner sees. */
  readyAt: number;
  /** When the food is really ready, which only the simulation knows. */
  actualReadyAt: number;
}

export interface SimDriver {
  id: string;
  home: Point;
  shiftStart: number;
  shiftEnd: number;
}

export interface CityDay {
  orders: SimOrder[];
  drivers: SimDriver[];
  dayStart: number;
  dayEnd: number;
}

export type Load = 'plentiful' | 'balanced' | 'scarce';

/** Drivers per 100 orders of the day, by load level. */
export const DRIVERS_PER_100_ORDERS: Record<Load, number> = {
  plentiful: 16,
  balanced: 11,
  scarce: 8,
};

const HOUR = 3600;

/** Orders per hour as a share of the day's total: a lunch peak at 12:30 and a dinner peak at 19:00. */
function demand(t: number): number {
  const h = t / HOUR;
  return (
    0.25 + 1.6 * Math.exp(-(((h - 12.5) / 0.9) ** 2)) + 2.4 * Math.exp(-(((h - 19) / 1.3) ** 2))
  );
}

export function generateDay(seed: number, load: Load, ordersPerDay = 1200): CityDay {
  const r = rng(seed);
  const dayStart = 10.5 * HOUR;
  const dayEnd = 22 * HOUR;
  // Three neighbourhoods in a 14 km square; kitchens and customers cluster around them.
  const centres: Point[] = Array.from({ length: 3 }, () => ({
    x: 3000 + r() * 8000,
    y: 3000 + r() * 8000,
  }));
  const around = (spread: number): Point => {
    const c = centres[Math.floor(r() * centres.length)]!;
    return {
      x: Math.min(14000, Math.max(0, c.x + gaussian(r) * spread)),
      y: Math.min(14000, Math.max(0, c.y + gaussian(r) * spread)),
    };
  };
  const kitchens = Array.from({ length: 120 }, (_, i) => ({
    id: `k${i}`,
    at: around(1800),
    // A few kitchens are much busier than the rest.
    popularity: Math.exp(gaussian(r) * 0.8),
    prepBase: 8 * 60 + r() * 10 * 60,
  }));
  const totalPop = kitchens.reduce((s, k) => s + k.popularity, 0);
  const pickKitchen = () => {
    let x = r() * totalPop;
    for (const k of kitchens) if ((x -= k.popularity) <= 0) return k;
    return kitchens[kitchens.length - 1]!;
  };

  // Order arrivals by thinning a Poisson process.
  let peak = 0;
  let area = 0;
  for (let t = dayStart; t < dayEnd; t += 60) {
    peak = Math.max(peak, demand(t));
    area += demand(t) * 60;
  }
  const rate = (ordersPerDay / area) * peak;
  const orders: SimOrder[] = [];
  for (let t = dayStart; ;) {
    t += -Math.log(Math.max(r(), 1e-12)) / rate;
    if (t >= dayEnd) break;
    if (r() * peak > demand(t)) continue;
    const k = pickKitchen();
    // Customers within about 5 km of the kitchen.
    const angle = r() * 2 * Math.PI;
    const dist = Math.min(5000, 300 + Math.abs(gaussian(r)) * 2000);
    const dropoff = {
      x: Math.min(14000, Math.max(0, k.at.x + Math.cos(angle) * dist)),
      y: Math.min(14000, Math.max(0, k.at.y + Math.sin(angle) * dist)),
    };
    const prep = k.prepBase + r() * 8 * 60;
    const readyAt = t + prep;
    // Chefs are usually a little optimistic.
    const actualReadyAt = Math.max(t + 5 * 60, readyAt + 60 + gaussian(r) * 150);
    orders.push({
      id: `o${orders.length}`,
      kitchenId: k.id,
      pickup: k.at,
      dropoff,
      placedAt: t,
      readyAt,
      actualReadyAt,
    });
  }

  // Shifts follow the demand: lunch, dinner, long and late shifts.
  const shifts: [number, number, number][] = [
    [10.5, 14.5, 0.25],
    [11, 20, 0.15],
    [16.5, 21.5, 0.35],
    [18, 22.5, 0.25],
  ];
  const nDrivers = Math.round((orders.length / 100) * DRIVERS_PER_100_ORDERS[load]);
  const drivers: SimDriver[] = [];
  for (let i = 0; i < nDrivers; i++) {
    let x = r();
    let shift = shifts[shifts.length - 1]!;
    for (const s of shifts)
      if ((x -= s[2]) <= 0) {
        shift = s;
        break;
      }
    const jitter = (r() - 0.5) * 0.5 * HOUR;
    drivers.push({
      id: `d${i}`,
      home: around(2500),
      shiftStart: shift[0] * HOUR + jitter,
      shiftEnd: shift[1] * HOUR + jitter,
    });
  }
  return { orders, drivers, dayStart, dayEnd };
}
