/** Accepted pings of one driver (the position itself: latest wins, nothing to replay). */
export const driverLocationTopic = (driverId: string) => `driver:${driverId}:location`;
/** A wake-up after the driver's shift changed; the stream reads the state again. */
export const driverShiftTopic = (driverId: string) => `driver:${driverId}:shift`;
