import { useState } from 'react';
import CallSplit from '@mui/icons-material/CallSplit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useNumberFormat } from '../../../lib/format';
import type { ConferenceTabPanelProps } from '../../../lib/conference-tab';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useLeafletAllocations } from '../api/get-leaflet-allocations';
import { useLeafletBatches } from '../api/get-leaflet-batches';
import { AllocateDialog } from './allocate-dialog';
import { AllocationsGrid } from './allocations-grid';
import { useAllocationActions } from './use-allocation-actions';

const hideRecipient = { recipientName: false, placeName: false };

/** The conference page's "Tờ rơi" tab: its allocations, and allocating, delivering, the note. */
export function ConferenceLeafletsPanel({ conference }: ConferenceTabPanelProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const canManage = usePermission('leaflets.manage');
  const paged = useServerPaging(25);
  const [allocating, setAllocating] = useState(false);
  const allocations = useLeafletAllocations({
    page: paged.page,
    pageSize: paged.pageSize,
    conferenceId: conference.id,
  });
  const batches = useLeafletBatches();
  const { handlers, element, showNotice } = useAllocationActions();
  const items = allocations.data?.items ?? [];
  const live = items.filter((allocation) => allocation.status !== 'cancelled');
  const sum = (list: typeof items) => list.reduce((total, item) => total + item.quantity, 0);
  const cancelled = conference.status === 'cancelled';
  const stock = batches.data ?? [];

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Typography variant="h3" component="h3" sx={{ flex: '1 1 240px' }}>
          {t('leaflets.panel.title')}
        </Typography>
        {canManage && !cancelled && stock.length > 0 && (
          <Button variant="contained" startIcon={<CallSplit />} onClick={() => setAllocating(true)}>
            {t('leaflets.panel.allocate')}
          </Button>
        )}
      </Box>
      {canManage && cancelled && (
        <Alert severity="info">{t('leaflets.panel.cancelledConference')}</Alert>
      )}
      {canManage && !cancelled && batches.data?.length === 0 && (
        <Alert severity="info">{t('leaflets.panel.noStock')}</Alert>
      )}
      {allocations.data && items.length === 0 && (
        <Typography color="text.secondary">{t('leaflets.panel.empty')}</Typography>
      )}
      {allocations.data && items.length > 0 && (
        <Typography>
          {t('leaflets.panel.total', {
            allocated: formatNumber(sum(live)),
            delivered: formatNumber(sum(live.filter((item) => item.status === 'delivered'))),
          })}
        </Typography>
      )}
      {canManage && element}
      {allocations.isError ? (
        <ApiErrorAlert error={allocations.error} onRetry={() => void allocations.refetch()} />
      ) : (
        items.length > 0 && (
          <AllocationsGrid
            page={allocations.data}
            loading={allocations.isFetching}
            paging={paged.paging}
            actions={canManage ? handlers : undefined}
            columnVisibilityModel={hideRecipient}
          />
        )
      )}
      {allocating && (
        <AllocateDialog
          batches={stock}
          conference={conference}
          onClose={() => setAllocating(false)}
          onSaved={(allocation) => {
            setAllocating(false);
            showNotice(
              t('leaflets.allocate.saved', {
                count: formatNumber(allocation.quantity),
                recipient: allocation.recipientName,
                number: allocation.documentNumber,
              }),
            );
          }}
        />
      )}
    </Box>
  );
}
