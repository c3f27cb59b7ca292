'use client';

import { DocumentSlot, useTRPC } from '@homechef/app-kit/react';
import { Card } from '@homechef/ui';
import type { DriverDocumentKind } from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isEditable, useRefreshDriver, type OwnDriver } from './use-driver.ts';

const SLOTS: ReadonlyArray<{ kind: DriverDocumentKind; title: string; hint: string }> = [
  {
    kind: 'driving_licence',
    title: 'Driving licence',
    hint: 'Both sides in one PDF or photo. On a bicycle, a government photo ID.',
  },
  {
    kind: 'insurance',
    title: 'Insurance',
    hint: 'Your vehicle insurance certificate, or liability cover on a bicycle.',
  },
];

/** Step 2: the licence and the insurance, each uploaded, viewed or replaced. */
export function DriverDocuments({ driver }: { driver: OwnDriver }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshDriver();
  const remove = useMutation(trpc.drivers.deleteDocument.mutationOptions());
  return (
    <Card
      title="2. Licence and insurance"
      description="PDF, JPEG or PNG, up to 10 MB each. Only you and the HomeChef review team can open them."
    >
      <div className="space-y-6">
        {SLOTS.map((slot) => (
          <DocumentSlot
            key={slot.kind}
            {...slot}
            documents={driver.documents.filter((d) => d.kind === slot.kind)}
            locked={!isEditable(driver)}
            linkOf={(id) =>
              queryClient.fetchQuery({
                ...trpc.drivers.documentUrl.queryOptions({ id }),
                staleTime: 0,
              })
            }
            remove={(id) => remove.mutateAsync({ id })}
            refresh={refresh}
          />
        ))}
      </div>
    </Card>
  );
}
