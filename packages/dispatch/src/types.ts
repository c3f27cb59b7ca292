/** Times are in seconds (any epoch, as long as all inputs share it). */
export type Seconds = number;

/**
 * `P` is an opaque point: only the caller's `travelTime` interprets it, so the planner runs
 * unchanged on straight-line estimates, a road router or a simulation.
 */
export type TravelTime<P> = (from: P, to: P) => Seconds;

export interface DispatchOrder<P> {
  id: string;
  kitchenId: string;
  /** The kitchen's point: orders of one kitchen share it. */
  pickup: P;
  dropoff: P;
  placedAt: Seconds;
  /** The chef's estimate of when the food is ready. */
  readyAt: Seconds;
}

export interface DispatchDriver<P> {
  id: string;
  /** Where the driver is now, or will be at `availableAt` when finishing a job. */
  position: P;
  availableAt: Seconds;
  shiftEndsAt?: Seconds;
}

export interface CostWeights {
  /** Per second between now and each door (the customer's wait). */
  door: number;
  /** Extra per second each order is past the click-to-door target. */
  lateness: number;
  /** Per second the driver drives empty to the kitchen. */
  travel: number;
  /** Per second the driver waits at the kitchen for the food. */
  wait: number;
  /** Discount per second a driver has been idle (capped by `fairnessCap`): spreads the work. */
  fairness: number;
  /** How much a driver-second saved by bundling is worth against a second of customer delay, scaled by the round's orders-per-driver ratio. */
  bundleSaving: number;
}

export interface DispatchParams {
  pickupServiceTime: Seconds;
  dropoffServiceTime: Seconds;
  /** Most orders of one kitchen on one driver (default 3). */
  maxBundle?: number;
  /** Click-to-door target (default 40 min). */
  targetClickToDoor?: Seconds;
  /** Time to the next round (default 60 s): an order is only held when the next round is still in time. */
  roundInterval?: Seconds;
  /** Hold an order rather than send a driver who would wait longer than this at the kitchen (default 6 min). */
  holdIfEarlyBy?: Seconds;
  /**
   * Waiting at the kitchen up to this long is not charged (default 3 min): ready times are
   * estimates, and a driver a little early picks up food that is ready early.
   */
  waitAllowance?: Seconds;
  /**
   * Ready times are priced as if the food could be ready this much earlier (default 4 min), so
   * that among drivers in time the one a little early wins over the one exactly on the
   * estimate: chefs' estimates scatter both ways, and food that waits goes cold.
   */
  readyMargin?: Seconds;
  /** Drivers considered per kitchen, plus one per bundle there (default 8). */
  candidateDrivers?: number;
  /** Idle time beyond which the fairness discount stops growing (default 30 min). */
  fairnessCap?: Seconds;
  weights?: Partial<CostWeights>;
}

export interface PlanInput<P> {
  now: Seconds;
  orders: readonly DispatchOrder<P>[];
  drivers: readonly DispatchDriver<P>[];
  travelTime: TravelTime<P>;
  params: DispatchParams;
}

export interface Assignment {
  driverId: string;
  /** In delivery order. */
  orderIds: string[];
  /** When the driver is expected to collect the food. */
  pickupAt: Seconds;
  cost: number;
}

export type HoldReason =
  /** Every candidate driver would wait too long at the kitchen; a later round sends one in time. */
  | 'early'
  /** There are no drivers in the round. */
  | 'no-drivers'
  /** No driver can take it (shift ends first, or none reaches it). */
  | 'no-feasible-driver'
  /** The drivers that could take it went to orders they serve better. */
  | 'drivers-taken';

export interface Hold {
  orderId: string;
  reason: HoldReason;
}

export interface Plan {
  assignments: Assignment[];
  held: Hold[];
}
