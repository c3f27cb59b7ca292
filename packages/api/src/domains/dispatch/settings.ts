/** How dispatch behaves on this deployment (the server reads these from its settings). */
export interface DispatchSettings {
  /** How long a driver has to answer an offer. */
  offerTtlSeconds: number;
  /** Accepted or preparing orders enter a round this long before their estimated ready time. */
  readyLeadSeconds: number;
  /** Drivers farther than this (straight line) from every waiting kitchen are not considered. */
  radiusM: number;
  /** A driver whose last position is older than this is treated as gone. */
  freshSeconds: number;
  /** Time between rounds: the planner holds an order only when the next round is still in time. */
  roundIntervalSeconds: number;
}

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  offerTtlSeconds: 30,
  readyLeadSeconds: 10 * 60,
  radiusM: 10_000,
  freshSeconds: 120,
  roundIntervalSeconds: 3,
};

/** Bus topic of one driver: offers made, withdrawn and expired. */
export const driverTopic = (driverId: string) => `driver:${driverId}`;
