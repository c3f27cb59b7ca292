'use client';

import { DocumentSlot, useTRPC } from '@homechef/app-kit/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OwnKitchen } from '../kitchen/use-kitchen.ts';

const SLOTS: ReadonlyArray<{
  kind: OwnKitchen['documents'][number]['kind'];
  title: string;
  hint: string;
}> = [
  {
    kind: 'food_safety_certificate',
    title: 'Food-safety certificate',
    hint: 'A California Food Handler card or ServSafe Manager certificate.',
  },
  {
    kind: 'permit',
    title: 'Home-kitchen permit',
    hint: 'Your MEHKO or cottage food permit from the county.',
  },
  {
    kind: 'insurance',
    title: 'Insurance (optional)',
    hint: 'Liability insurance, if you have it.',
  },
];

export function DocumentsStep({ kitchen }: { kitchen: OwnKitchen }) {
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold text-stone-900">Documents</h2>
        <p className="mt-1 text-sm text-stone-600">
          PDF, JPEG or PNG, up to 10 MB each. Only you and the HomeChef review team can open them.
        </p>
      </div>
      {SLOTS.map((slot) => (
        <KitchenDocumentSlot
          key={slot.kind}
          {...slot}
          kitchen={kitchen}
          documents={kitchen.documents.filter((d) => d.kind === slot.kind)}
        />
      ))}
    </div>
  );
}

function KitchenDocumentSlot({
  kind,
  title,
  hint,
  kitchen,
  documents,
}: {
  kind: string;
  title: string;
  hint: string;
  kitchen: OwnKitchen;
  documents: OwnKitchen['documents'];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.chefs.deleteDocument.mutationOptions());
  return (
    <DocumentSlot
      kind={kind}
      title={title}
      hint={hint}
      documents={documents}
      locked={kitchen.verificationStatus === 'submitted'}
      linkOf={(id) =>
        queryClient.fetchQuery({ ...trpc.chefs.documentUrl.queryOptions({ id }), staleTime: 0 })
      }
      remove={(id) => remove.mutateAsync({ id })}
      canDelete={(doc) => doc.status !== 'accepted'}
      refresh={() => queryClient.invalidateQueries({ queryKey: trpc.chefs.me.queryKey() })}
    />
  );
}
