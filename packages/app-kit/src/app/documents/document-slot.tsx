'use client';

import { Alert, Button, DocumentList, tagLabel, UploadIcon, useToast } from '@homechef/ui';
import type { DocumentRowData } from '@homechef/ui';
import { useId, useRef, useState } from 'react';
import { describeApiError } from '../../api/errors.ts';
import { useApiBaseUrl } from '../../api/react.tsx';
import type { DocumentKind } from './upload.ts';
import { UploadProgress } from './upload-progress.tsx';
import { useDocumentUpload } from './use-upload.ts';

export interface DocumentSlotProps {
  kind: DocumentKind;
  title: string;
  hint: string;
  /** This slot's documents. */
  documents: readonly DocumentRowData[];
  /** No uploads or deletions (the application is under review or on file). */
  locked: boolean;
  /** A signed link to one document (`chefs.documentUrl`, `drivers.documentUrl`). */
  linkOf: (id: string) => Promise<{ url: string }>;
  /** Deletes one document; null hides Delete. */
  remove: ((id: string) => Promise<unknown>) | null;
  /** Whether `remove` may delete this one (an accepted kitchen document may not). */
  canDelete?: (document: DocumentRowData) => boolean;
  /** Refetches the owner's profile after an upload or a deletion. */
  refresh: () => Promise<unknown>;
}

/**
 * One kind of document on an application: upload with progress (`POST /documents`), the files
 * uploaded so far, and View / Delete on each. Chefs and drivers use it alike.
 */
export function DocumentSlot({
  kind,
  title,
  hint,
  documents,
  locked,
  linkOf,
  remove,
  canDelete = () => true,
  refresh,
}: DocumentSlotProps) {
  const baseUrl = useApiBaseUrl();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const { progress, error, upload: send } = useDocumentUpload();
  const [deleting, setDeleting] = useState<string | null>(null);

  async function open(id: string) {
    try {
      const link = await linkOf(id);
      window.open(`${baseUrl}${link.url}`, '_blank', 'noopener');
    } catch (e) {
      toast({ tone: 'error', message: describeApiError(e).message });
    }
  }

  async function del(id: string) {
    if (!remove) return;
    setDeleting(id);
    try {
      await remove(id);
      toast({ message: 'Document deleted.' });
      await refresh();
    } catch (e) {
      toast({ tone: 'error', message: describeApiError(e).message });
    } finally {
      setDeleting(null);
    }
  }

  async function upload(file: File) {
    const document = await send(kind, file);
    if (inputRef.current) inputRef.current.value = '';
    if (!document) return;
    toast({ tone: 'success', message: `${tagLabel(kind)} uploaded.` });
    await refresh();
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
            disabled={progress !== null || locked}
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
            disabled={locked}
            onClick={() => inputRef.current?.click()}
          >
            {documents.length ? 'Upload another' : 'Upload'}
          </Button>
        </div>
      </div>
      {progress !== null ? (
        <UploadProgress label={`Uploading ${title}`} progress={progress} />
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
            {remove && canDelete(doc) && !locked ? (
              <Button
                variant="ghost"
                size="sm"
                loading={deleting === doc.id}
                onClick={() => void del(doc.id)}
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
