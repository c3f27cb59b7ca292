import type { ReactNode } from 'react';
import { Badge } from './badge.tsx';
import { tagLabel } from './choice-chips.tsx';
import { FileIcon } from './icons.tsx';

export interface DocumentRowData {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  /** A kitchen document's own review state; driver documents are judged with the profile. */
  status?: 'pending' | 'accepted' | 'rejected';
  uploadedAt: Date;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS_TONES = { pending: 'info', accepted: 'success', rejected: 'danger' } as const;
const STATUS_LABELS = { pending: 'Pending review', accepted: 'Accepted', rejected: 'Rejected' };

/** Uploaded documents (with their review state, if any); `actions` renders a row's buttons. */
export function DocumentList({
  documents,
  actions,
  empty,
}: {
  documents: readonly DocumentRowData[];
  actions?: (document: DocumentRowData) => ReactNode;
  empty?: ReactNode;
}) {
  if (!documents.length) return <>{empty ?? null}</>;
  return (
    <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
      {documents.map((doc) => (
        <li
          key={doc.id}
          data-testid="document-row"
          className="flex flex-wrap items-center gap-3 px-4 py-3"
        >
          <span
            aria-hidden="true"
            className="grid size-9 shrink-0 place-items-center rounded-lg bg-stone-100 text-lg text-stone-500"
          >
            <FileIcon />
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-stone-900">{doc.fileName}</p>
            <p className="text-xs text-stone-500">
              {tagLabel(doc.kind)} · {formatBytes(doc.sizeBytes)} · uploaded{' '}
              {new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(doc.uploadedAt)}
            </p>
          </div>
          {doc.status ? (
            <Badge tone={STATUS_TONES[doc.status]}>{STATUS_LABELS[doc.status]}</Badge>
          ) : null}
          {actions ? <div className="flex gap-2">{actions(doc)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
