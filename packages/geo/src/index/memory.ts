import RBush from 'rbush';
import { boundingBox } from '../bounds.ts';
import { haversineM } from '../distance.ts';
import type { GeoIndex, NearbyPosition, TrackedPosition } from './types.ts';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  position: TrackedPosition;
}

/**
 * In-process geo index for the embedded default: an R-tree (rbush) of points, x = longitude
 * and y = latitude. A move is a remove and an insert of the same entry object, which rbush
 * does in O(log n) without rebuilding, so frequent pings are cheap (kdbush is static).
 * A radius search takes the box around the circle, then keeps what is within the
 * great-circle distance.
 */
export class MemoryGeoIndex implements GeoIndex {
  readonly kind = 'memory' as const;
  readonly #tree = new RBush<Entry>();
  readonly #byId = new Map<string, Entry>();

  upsert(position: TrackedPosition): Promise<void> {
    const old = this.#byId.get(position.id);
    if (old) this.#tree.remove(old);
    const entry: Entry = {
      minX: position.lng,
      maxX: position.lng,
      minY: position.lat,
      maxY: position.lat,
      position: { ...position },
    };
    this.#byId.set(position.id, entry);
    this.#tree.insert(entry);
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    const old = this.#byId.get(id);
    if (old) {
      this.#tree.remove(old);
      this.#byId.delete(id);
    }
    return Promise.resolve();
  }

  get(id: string): Promise<TrackedPosition | null> {
    const entry = this.#byId.get(id);
    return Promise.resolve(entry ? { ...entry.position } : null);
  }

  search(
    center: { lat: number; lng: number },
    radiusM: number,
    { limit }: { limit?: number } = {},
  ): Promise<NearbyPosition[]> {
    const box = boundingBox(center.lat, center.lng, radiusM);
    const ranges = box.lngRanges ?? [[-180, 180]];
    const hits: NearbyPosition[] = [];
    for (const [minX, maxX] of ranges) {
      for (const { position } of this.#tree.search({
        minX,
        maxX,
        minY: box.minLat,
        maxY: box.maxLat,
      })) {
        const distanceM = haversineM(center.lat, center.lng, position.lat, position.lng);
        if (distanceM <= radiusM) hits.push({ ...position, distanceM });
      }
    }
    hits.sort((a, b) => a.distanceM - b.distanceM);
    return Promise.resolve(limit === undefined ? hits : hits.slice(0, limit));
  }

  close(): Promise<void> {
    this.#tree.clear();
    this.#byId.clear();
    return Promise.resolve();
  }
}
