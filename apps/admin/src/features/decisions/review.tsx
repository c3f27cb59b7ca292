'use client';

import {
  Alert,
  ArrowLeftIcon,
  Button,
  Card,
  DocumentList,
  QueryState,
  Skeleton,
  VerificationBadge,
  type DocumentRowData,
  type QueryLike,
} from '@homechef/ui';
import type { Route } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useOpenDocument } from './open-document.ts';

type Status = Parameters<typeof VerificationBadge>[0]['status'];

/** A date and time as the review pages show them; null stays null. */
export const reviewDate = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
    : null;

/**
 * A kitchen's or a driver's review page: the way back to its queue, then the review once
 * `query` has it, with the loading and error states (which name the `noun`) in between.
 */
export function ReviewPage<T>({
  back,
  query,
  noun,
  children,
}: {
  back: { href: Route; label: string };
  query: QueryLike<T>;
  /** What is under review: "Loading the driver", "We couldn’t load this driver". */
  noun: 'driver' | 'kitchen';
  children: (data: T) => ReactNode;
}) {
  return (
    <div className="space-y-6">
      <Link
        href={back.href}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeftIcon aria-hidden="true" /> {back.label}
      </Link>
      <QueryState
        query={query}
        loading={
          <div aria-busy="true" aria-label={`Loading the ${noun}`} className="space-y-4">
            <Skeleton className="h-10 w-72" />
            <div className="grid gap-6 lg:grid-cols-3">
              <Skeleton className="h-80 rounded-2xl lg:col-span-2" />
              <Skeleton className="h-80 rounded-2xl" />
            </div>
          </div>
        }
        errorTitle={`We couldn’t load this ${noun}`}
      >
        {children}
      </QueryState>
    </div>
  );
}

/** What the review layout reads of the kitchen or driver under review. */
interface UnderReview {
  verificationStatus: Status;
  statusReason: string | null;
  submittedAt: Date | null;
  documents: readonly DocumentRowData[];
}

/**
 * The body of a review page: the header with its decisions, why it is rejected or suspended,
 * then the documents and `main` beside `side`. `who` heads the subtitle, before the date it was
 * submitted.
 */
export function ReviewLayout({
  subject,
  badges,
  title,
  who,
  decisions,
  main,
  side,
}: {
  subject: UnderReview;
  badges?: ReactNode;
  title: string;
  who: string;
  decisions: ReactNode;
  main: ReactNode;
  side: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <ReviewHeader
        status={subject.verificationStatus}
        badges={badges}
        title={title}
        subtitle={`${who}${subject.submittedAt ? ` · submitted ${reviewDate(subject.submittedAt)}` : ''}`}
        decisions={decisions}
      />
      <StatusReasonAlert status={subject.verificationStatus} reason={subject.statusReason} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ReviewDocumentsCard documents={subject.documents} />
          {main}
        </div>
        <div className="space-y-6">{side}</div>
      </div>
    </div>
  );
}

/** The top of a kitchen's or a driver's review page: status, name, who, and the decisions. */
function ReviewHeader({
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
function StatusReasonAlert({ status, reason }: { status: Status; reason: string | null }) {
  if (!reason) return null;
  return (
    <Alert tone="error" title={status === 'rejected' ? 'Rejected because' : 'Suspended because'}>
      {reason}
    </Alert>
  );
}

/** The documents under review, each opened through a fresh signed link. */
function ReviewDocumentsCard({ documents }: { documents: readonly DocumentRowData[] }) {
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
