import { Button, PageHeader } from '@homechef/ui';
import type { ReactNode } from 'react';
import { PagedTable, type PagedTableProps } from './table.tsx';

/**
 * An admin list page: its heading, a row of filters, then the cursor-paged table of what
 * matches. `children` come after the table (e.g. the dialog a row's button opens).
 */
export function ListPage<T>({
  title,
  description,
  filterColumns,
  filters,
  onClearFilters,
  children,
  ...table
}: PagedTableProps<T> & {
  title: string;
  description: string;
  /** The filter row's grid columns, e.g. `sm:grid-cols-4`. */
  filterColumns: string;
  filters: ReactNode;
  /** Given while a filter is set: a "Clear filters" button under the filters. */
  onClearFilters?: (() => void) | undefined;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Operations" title={title} description={description} />
      <div className={`grid gap-4 ${filterColumns}`}>{filters}</div>
      {onClearFilters ? (
        <Button variant="ghost" size="sm" onClick={onClearFilters}>
          Clear filters
        </Button>
      ) : null}
      <PagedTable {...table} />
      {children}
    </div>
  );
}
