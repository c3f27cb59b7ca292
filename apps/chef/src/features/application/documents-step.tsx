'use client';

import { useAuthSession } from '@homechef/app-kit/react';
import { describeApiError } from '@homechef/app-kit';
import { useApiBaseUrl, useTRPC } from '@homechef/app-kit/react';
import { Alert, Button, DocumentList, tagLabel, UploadIcon, useToast } from '@homechef/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { OwnKitchen } from '../kitchen/use-kitchen.ts';
import { checkFile, uploadDocument, UploadError, type DocumentKind } from './upload.ts';

const SLOTS: ReadonlyArray<{ kind: DocumentKind; title: string; hint: string }> = [
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
        <DocumentSlot
          key={slot.kind}
          {...slot}
          kitchen={kitchen}
          documents={kitchen.documents.filter((d) => d.kind === slot.kind)}
        />
      ))}
    </div>
  );
}

function DocumentSlot({
  kind,
  title,
  hint,
  kitchen,
  documents,
}: {
  kind: DocumentKind;
  title: string;
  hint: string;
  kitchen: OwnKitchen;
  documents: OwnKitchen['documents'];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const baseUrl = useApiBaseUrl();
  const { getAccessToken } = useAuthSession();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const underReview = kitchen.verificationStatus === 'submitted';

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.chefs.me.queryKey() });

  const remove = useMutation(
    trpc.chefs.deleteDocument.mutationOptions({
      onSuccess: () => {
        toast({ message: 'Document deleted.' });
        return refresh();
      },
      onError: (e) => toast({ tone: 'error', message: describeApiError(e).message }),
    }),
  );

  async function open(id: string) {
    try {
      const link = await queryClient.fetchQuery({
        ...trpc.chefs.documentUrl.queryOptions({ id }),
        staleTime: 0,
      });
      window.open(`${baseUrl}${link.url}`, '_blank', 'noopener');
    } catch (e) {
      toast({ tone: 'error', message: describeApiError(e).message });
    }
  }

  async function upload(file: File) {
    setError(null);
    const problem = checkFile(file);
    if (problem) {
      setError(problem);
      return;
    }
    setProgress(0);
    try {
      const accessToken = await getAccessToken();
      if (!accessToken) throw new UploadError('Your session has ended: sign in again.');
      await uploadDocument({ baseUrl, accessToken, kind, file, onProgress: setProgress });
      await refresh();
      toast({ tone: 'success', message: `${tagLabel(kind)} uploaded.` });
    } catch (e) {
      setError(e instanceof UploadError ? e.message : 'The upload failed. Try again.');
    } finally {
      setProgress(null);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <section aria-labelledby={`${inputId}-title`} className="space-y-3" data-kind={kind}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`${inputId}-title`} className="font-semibold text-stone-900">
            {title}
          </h3>
          <p className="text-sm text-stone-500">{hint}</p>
        </div>
        <div>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            className="sr-only"
            aria-label={`Upload ${title.replace(' (optional)', '').toLowerCase()}`}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            disabled={progress !== null || underReview}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <Button
            variant="secondary"
            size="sm"
            icon={<UploadIcon aria-hidden="true" />}
            loading={progress !== null}
            disabled={underReview}
            onClick={() => inputRef.current?.click()}
          >
            {documents.length ? 'Upload another' : 'Upload'}
          </Button>
        </div>
      </div>
      {progress !== null ? (
        <div>
          <div
            role="progressbar"
            aria-label={`Uploading ${title}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            className="h-2 overflow-hidden rounded-full bg-stone-100"
          >
            <div
              className="h-full rounded-full bg-accent transition-[width]"
              style={{ width: `${Math.round(progress * 100)}%` }}
            />
          </div>
          <p className="mt-1 text-xs text-stone-500">Uploading… {Math.round(progress * 100)}%</p>
        </div>
      ) : null}
      {error ? (
        <Alert tone="error" title="Upload failed">
          {error}
        </Alert>
      ) : null}
      <DocumentList
        documents={documents}
        empty={<p className="text-sm text-stone-500">Nothing uploaded yet.</p>}
        actions={(doc) => (
          <>
            <Button variant="secondary" size="sm" onClick={() => void open(doc.id)}>
              View<span className="sr-only"> {doc.fileName}</span>
            </Button>
            {doc.status !== 'accepted' && !underReview ? (
              <Button
                variant="ghost"
                size="sm"
                loading={remove.isPending && remove.variables.id === doc.id}
                onClick={() => remove.mutate({ id: doc.id })}
              >
                Delete<span className="sr-only"> {doc.fileName}</span>
              </Button>
            ) : null}
          </>
        )}
      />
    </section>
  );
}
