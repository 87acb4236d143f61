import { useState } from 'react';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useConferences } from '../api/get-conferences';
import { ConferencesGrid } from './conferences-grid';
import type { ConferenceFilters } from './use-conference-filters';

/** The list view: the filters, a period and a search, paged on the server. */
export function ConferencesList({ filters }: { filters: ConferenceFilters }) {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
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
  const [lastKey, setLastKey] = useState(filterKey);
  if (lastKey !== filterKey) {
    // New filters start again from the first page.
    setLastKey(filterKey);
    setPagination((current) => ({ ...current, page: 0 }));
  }
  const conferences = useConferences({
    page: pagination.page + 1,
    pageSize: pagination.pageSize,
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
      paginationModel={pagination}
      onPaginationModelChange={setPagination}
    />
  );
}
