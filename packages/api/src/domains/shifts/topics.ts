/** Accepted pings of one driver (the position itself: latest wins, nothing to replay). */
export const driverLocationTopic = (driverId: string) => `driver:${driverId}:location`;
/** A wake-up after the driver's shift changed; the stream reads the state again. */
export const driverShiftTopic = (driverId: string) => `driver:${driverId}:shift`;

/** Every shift change of every driver: server instances forget the driver's cached row. */
export const SHIFT_CHANGES_TOPIC = 'drivers:shift-changes';
export interface ShiftChange {
  [key: string]: unknown;
  userId: string;
}
