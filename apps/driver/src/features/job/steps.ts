/** Where the driver is in a job, and how the phone gets them there. */

interface JobTimes {
  arrivedAt: Date | null;
  pickedUpAt: Date | null;
  deliveredAt: Date | null;
}

export type Step = 'to_kitchen' | 'at_kitchen' | 'to_customer' | 'delivered';

/** Where the driver is in the job, from what the server recorded. */
export function jobStep(job: JobTimes): Step {
  if (job.deliveredAt) return 'delivered';
  if (job.pickedUpAt) return 'to_customer';
  if (job.arrivedAt) return 'at_kitchen';
  return 'to_kitchen';
}

/** Opens the phone's maps app with directions to the point (the web map where there is none). */
export function directionsUrl(lat: number, lng: number): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${lat.toFixed(6)},${lng.toFixed(6)}`;
}
