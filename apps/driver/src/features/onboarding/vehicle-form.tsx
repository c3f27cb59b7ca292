'use client';

import { useFormErrors, useTRPC } from '@homechef/app-kit/react';
import { Alert, Button, Card, Field, Input, Select } from '@homechef/ui';
import {
  needsPlate,
  SaveDriverProfileInput,
  VEHICLE_TYPES,
  type VehicleType,
} from '@homechef/validators';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isEditable, useRefreshDriver, type OwnDriver } from './use-driver.ts';

export const VEHICLE_LABELS: Record<VehicleType, string> = {
  bicycle: 'Bicycle',
  scooter: 'Scooter',
  motorcycle: 'Motorcycle',
  car: 'Car',
};

/** Step 1: the vehicle, and its plate when it has one. */
export function VehicleForm({ driver }: { driver: OwnDriver | null }) {
  const trpc = useTRPC();
  const refresh = useRefreshDriver();
  const form = useFormErrors();
  const [vehicleType, setVehicleType] = useState<VehicleType>(driver?.vehicleType ?? 'bicycle');
  const [plate, setPlate] = useState(driver?.vehiclePlate ?? '');
  const [saved, setSaved] = useState(false);
  const editable = isEditable(driver);
  const save = useMutation(
    trpc.drivers.saveProfile.mutationOptions({
      onSuccess: async (next) => {
        setPlate(next.vehiclePlate ?? '');
        setSaved(true);
        await refresh();
      },
      onError: (error) => form.fromApi(error),
    }),
  );
  const plated = needsPlate(vehicleType);

  function submit() {
    setSaved(false);
    const input = { vehicleType, vehiclePlate: plated ? plate : null };
    if (form.checkInput(SaveDriverProfileInput, input)) save.mutate(input);
  }

  return (
    <Card
      title="1. Your vehicle"
      description="What you deliver with. Motor vehicles need their plate."
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {form.message ? <Alert tone="error">{form.message}</Alert> : null}
        <Field label="Vehicle" required error={form.errors.vehicleType}>
          <Select
            value={vehicleType}
            disabled={!editable}
            onChange={(e) => setVehicleType(e.target.value as VehicleType)}
          >
            {VEHICLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {VEHICLE_LABELS[type]}
              </option>
            ))}
          </Select>
        </Field>
        {plated ? (
          <Field
            label="Plate"
            required
            hint="As printed, e.g. 7ABC123."
            error={form.errors.vehiclePlate}
          >
            <Input
              value={plate}
              disabled={!editable}
              autoCapitalize="characters"
              autoComplete="off"
              onChange={(e) => setPlate(e.target.value)}
            />
          </Field>
        ) : null}
        {editable ? (
          <div className="flex items-center gap-3">
            <Button type="submit" loading={save.isPending}>
              {driver ? 'Save vehicle' : 'Start my profile'}
            </Button>
            {saved && !save.isPending ? (
              <p role="status" className="text-sm text-emerald-700">
                Saved.
              </p>
            ) : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}
