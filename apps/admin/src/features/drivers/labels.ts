import type { RouterOutputs } from '@homechef/app-kit';

export type AdminDriver = RouterOutputs['admin']['driverById'];

const VEHICLES: Record<AdminDriver['vehicleType'], string> = {
  bicycle: 'Bicycle',
  scooter: 'Scooter',
  motorcycle: 'Motorcycle',
  car: 'Car',
};

/** “Car · 7ABC 123”, “Bicycle”. */
export function vehicleLabel(driver: Pick<AdminDriver, 'vehicleType' | 'vehiclePlate'>): string {
  const type = VEHICLES[driver.vehicleType];
  return driver.vehiclePlate ? `${type} · ${driver.vehiclePlate}` : type;
}
