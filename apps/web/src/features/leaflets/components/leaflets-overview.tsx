import { useState } from 'react';
import type { LeafletBatch } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { PageHeader } from '../../../components/page-header';
import { useNumberFormat } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useLeafletBatches } from '../api/get-leaflet-batches';
import { AllocateDialog } from './allocate-dialog';
import { AllocationsSection } from './allocations-section';
import { BatchStockSection } from './batch-stock-section';
import { CreateBatchDialog } from './create-batch-dialog';
import { LeafletSummarySection } from './leaflet-summary-section';

type DialogState = { kind: 'batch' } | { kind: 'allocate'; batch: LeafletBatch } | null;

/** "/leaflets": stock by batch, allocations and deliveries, and the summary per commune. */
export function LeafletsOverview() {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const canManage = usePermission('leaflets.manage');
  const batches = useLeafletBatches();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack spacing={3}>
      <PageHeader
        title={t('leaflets.title')}
        intro={t('leaflets.intro')}
        actions={
          canManage && (
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={() => setDialog({ kind: 'batch' })}
            >
              {t('leaflets.addBatch')}
            </Button>
          )
        }
      />
      <BatchStockSection
        onAllocate={canManage ? (batch) => setDialog({ kind: 'allocate', batch }) : undefined}
      />
      <AllocationsSection />
      <LeafletSummarySection />
      {dialog?.kind === 'batch' && (
        <CreateBatchDialog
          onClose={() => setDialog(null)}
          onSaved={(batch) => {
            setDialog(null);
            setNotice(
              t('leaflets.batchForm.saved', {
                title: batch.title,
                count: formatNumber(batch.quantity),
              }),
            );
          }}
        />
      )}
      {dialog?.kind === 'allocate' && (
        <AllocateDialog
          batches={batches.data ?? [dialog.batch]}
          batchId={dialog.batch.id}
          onClose={() => setDialog(null)}
          onSaved={(allocation) => {
            setDialog(null);
            setNotice(
              t('leaflets.allocate.saved', {
                count: formatNumber(allocation.quantity),
                recipient: allocation.recipientName,
                number: allocation.documentNumber,
              }),
            );
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
