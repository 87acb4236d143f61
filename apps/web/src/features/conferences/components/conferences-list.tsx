import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useConferences } from '../api/get-conferences';
import { ConferencesGrid } from './conferences-grid';
import type { ConferenceFilters } from './use-conference-filters';

interface ConferencesListProps {
  filters: ConferenceFilters;
  /** Names the list and says what an empty one means (the default: all conferences). */
  label?: string;
  emptyLabel?: string;
}

/** The list view: the filters, a period and a search, paged on the server. */
export function ConferencesList({ filters, label, emptyLabel }: ConferencesListProps) {
  const q = useDebouncedValue(filters.q.trim());
  const filterKey = JSON.stringify([
    filters.campaignId,
    filters.districtCode,
    filters.communeCode,
    filters.status,
    filters.from,
    filters.to,
    q,
  ]);
  // New filters start again from the first page.
  const paged = useServerPaging(50, filterKey);
  const conferences = useConferences({
    page: paged.page,
    pageSize: paged.pageSize,
    campaignId: filters.campaignId || undefined,
    districtCode: filters.districtCode || undefined,
    communeCode: filters.communeCode || undefined,
    status: filters.status || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    q: q || undefined,
  });
  if (conferences.isError) {
    return <ApiErrorAlert error={conferences.error} onRetry={() => void conferences.refetch()} />;
  }
  return (
    <ConferencesGrid
      page={conferences.data}
      loading={conferences.isFetching}
      paging={paged.paging}
      label={label}
      emptyLabel={emptyLabel}
    />
  );
}
