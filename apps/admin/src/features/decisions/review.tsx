'use client';

import {
  Alert,
  Button,
  Card,
  DocumentList,
  VerificationBadge,
  type DocumentRowData,
} from '@homechef/ui';
import type { ReactNode } from 'react';
import { useOpenDocument } from './open-document.ts';

type Status = Parameters<typeof VerificationBadge>[0]['status'];

/** A date and time as the review pages show them; null stays null. */
export const reviewDate = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
    : null;

/** The top of a kitchen's or a driver's review page: status, name, who, and the decisions. */
export function ReviewHeader({
  status,
  badges,
  title,
  subtitle,
  decisions,
}: {
  status: Status;
  badges?: ReactNode;
  title: string;
  subtitle: string;
  decisions: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <VerificationBadge status={status} />
          {badges}
        </div>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900">{title}</h1>
        <p className="mt-1 text-stone-600">{subtitle}</p>
      </div>
      {decisions}
    </div>
  );
}

/** Why the kitchen or driver is rejected or suspended, as the admin wrote it. */
export function StatusReasonAlert({ status, reason }: { status: Status; reason: string | null }) {
  if (!reason) return null;
  return (
    <Alert tone="error" title={status === 'rejected' ? 'Rejected because' : 'Suspended because'}>
      {reason}
    </Alert>
  );
}

/** The documents under review, each opened through a fresh signed link. */
export function ReviewDocumentsCard({ documents }: { documents: readonly DocumentRowData[] }) {
  const openDocument = useOpenDocument();
  return (
    <Card title="Documents" description="Links open for five minutes; every view is signed.">
      <DocumentList
        documents={documents}
        empty={<p className="text-sm text-stone-500">No documents uploaded.</p>}
        actions={(doc) => (
          <Button variant="secondary" size="sm" onClick={() => void openDocument(doc.id)}>
            Open<span className="sr-only"> {doc.fileName}</span>
          </Button>
        )}
      />
    </Card>
  );
}
