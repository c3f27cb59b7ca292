'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { checkPhoto, UploadProgress, useDocumentUpload, useTRPC } from '@homechef/app-kit/react';
import { Alert, Button } from '@homechef/ui';
import { DELIVERY_PHOTO_KIND } from '@homechef/validators';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';

type Job = NonNullable<RouterOutputs['dispatch']['currentJob']>;

interface Photo {
  id: string;
  /** A local link to the picture, to show what was sent. */
  preview: string;
}

/**
 * Nobody opens the door: the driver leaves the order there, photographs it with the phone's
 * back camera (uploaded with progress), and delivers with that photo instead of the code.
 */
export function DoorPhoto({
  orderId,
  onDelivered,
  open,
  onOpen,
}: {
  orderId: string;
  onDelivered: (job: Job) => void;
  /** Shown at once when codes are refused (too many wrong ones). */
  open: boolean;
  onOpen: () => void;
}) {
  const trpc = useTRPC();
  const { progress, error, upload: send } = useDocumentUpload(checkPhoto);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [photo, setPhoto] = useState<Photo | null>(null);
  const delivered = useMutation(
    trpc.dispatch.delivered.mutationOptions({ onSuccess: onDelivered }),
  );

  useEffect(() => {
    if (!photo) return;
    return () => URL.revokeObjectURL(photo.preview);
  }, [photo]);

  async function upload(file: File) {
    delivered.reset();
    const document = await send(DELIVERY_PHOTO_KIND, file);
    if (inputRef.current) inputRef.current.value = '';
    if (document) setPhoto({ id: document.id, preview: URL.createObjectURL(file) });
  }

  if (!open) {
    return (
      <Button variant="ghost" className="w-full" onClick={onOpen}>
        Customer not there? Take a photo
      </Button>
    );
  }

  const uploading = progress !== null;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="door-photo"
      className="space-y-3 rounded-2xl bg-stone-50 p-4"
    >
      <div>
        <h3 id={headingId} className="font-semibold text-stone-900">
          Leave it at the door
        </h3>
        <p className="text-sm text-stone-600">
          Put the order down at the door and take a photo that shows it there. The customer sees the
          photo on their order page.
        </p>
      </div>
      <input
        ref={inputRef}
        type="file"
        accept="image/*"
        capture="environment"
        className="sr-only"
        aria-label="Photo of the order at the door"
        disabled={uploading || delivered.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      {uploading ? <UploadProgress label="Uploading the photo" progress={progress} /> : null}
      {error ? (
        <Alert tone="error" title="The photo was not sent">
          {error}
        </Alert>
      ) : null}
      {delivered.error ? (
        <Alert tone="error">{describeApiError(delivered.error).message}</Alert>
      ) : null}
      {photo ? (
        // A local blob of the picture just taken: nothing for the image optimiser to fetch.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photo.preview}
          alt="Your photo of the order at the door"
          className="max-h-64 w-full rounded-xl object-cover"
        />
      ) : null}
      {photo ? (
        <div className="grid gap-2">
          <Button
            size="xl"
            className="w-full"
            loading={delivered.isPending}
            onClick={() => delivered.mutate({ orderId, photoDocumentId: photo.id })}
          >
            Delivered at the door
          </Button>
          <Button
            variant="secondary"
            className="w-full"
            disabled={delivered.isPending || uploading}
            onClick={() => inputRef.current?.click()}
          >
            Take another photo
          </Button>
        </div>
      ) : (
        <Button
          size="xl"
          variant="secondary"
          className="w-full"
          loading={uploading}
          onClick={() => inputRef.current?.click()}
        >
          {error ? 'Try again' : 'Take a photo'}
        </Button>
      )}
    </section>
  );
}
