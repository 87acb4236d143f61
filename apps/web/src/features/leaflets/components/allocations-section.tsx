import { useId, useState } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useLeafletAllocations } from '../api/get-leaflet-allocations';
import { AllocationFilters, type AllocationFilterValues } from './allocation-filters';
import { AllocationsGrid } from './allocations-grid';
import { useAllocationActions } from './use-allocation-actions';

/** "Phân bổ và giao nhận": every allocation, filtered, with staff's actions. */
export function AllocationsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const canManage = usePermission('leaflets.manage');
  const [filters, setFilters] = useState<AllocationFilterValues>({
    recipientKind: '',
    placeCode: '',
    status: '',
  });
  const paged = useServerPaging(25, JSON.stringify(filters));
  const allocations = useLeafletAllocations({
    page: paged.page,
    pageSize: paged.pageSize,
    recipientKind: filters.recipientKind || undefined,
    placeCode: filters.placeCode || undefined,
    status: filters.status || undefined,
  });
  const { handlers, element } = useAllocationActions();

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('leaflets.allocations.title')}
      </Typography>
      <AllocationFilters
        filters={filters}
        onChange={(change) => setFilters((current) => ({ ...current, ...change }))}
      />
      {canManage && element}
      {allocations.isError ? (
        <ApiErrorAlert error={allocations.error} onRetry={() => void allocations.refetch()} />
      ) : (
        <AllocationsGrid
          page={allocations.data}
          loading={allocations.isFetching}
          paging={paged.paging}
          actions={canManage ? handlers : undefined}
        />
      )}
    </Paper>
  );
}
