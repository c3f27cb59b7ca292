export type GeoIndexKind = 'memory' | 'redis';

/** The latest known position of one driver. */
export interface TrackedPosition {
  id: string;
  lat: number;
  lng: number;
  accuracyM: number | null;
  /** Degrees clockwise from north, [0, 360). */
  heading: number | null;
  speedMps: number | null;
  /** When the device took the fix. */
  at: Date;
}

export interface NearbyPosition extends TrackedPosition {
  /** Great-circle distance from the search centre, metres. */
  distanceM: number;
}

/**
 * Latest position per driver, searchable by distance. The embedded default keeps it in
 * process (an R-tree); with REDIS_URL it lives in Redis (GEOADD / GEOSEARCH), shared by
 * every server instance. Both pass one contract suite (`geo-index.integration.test.ts`).
 */
export interface GeoIndex {
  readonly kind: GeoIndexKind;
  /** Sets the driver's position, replacing the previous one. */
  upsert(position: TrackedPosition): Promise<void>;
  remove(id: string): Promise<void>;
  get(id: string): Promise<TrackedPosition | null>;
  /** Positions within `radiusM` of the centre, nearest first, at most `limit` of them. */
  search(
    center: { lat: number; lng: number },
    radiusM: number,
    options?: { limit?: number },
  ): Promise<NearbyPosition[]>;
  close(): Promise<void>;
}
