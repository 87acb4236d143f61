import { useId } from 'react';
import type { LeafletBatch } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useLeafletBatches } from '../api/get-leaflet-batches';
import { BatchStockCard } from './batch-stock-card';

interface BatchStockSectionProps {
  onAllocate?: (batch: LeafletBatch) => void;
}

/** "Tồn kho theo lô": every batch with its two bars. */
export function BatchStockSection({ onAllocate }: BatchStockSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const batches = useLeafletBatches();
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('leaflets.stock.title')}
      </Typography>
      {batches.isError && (
        <ApiErrorAlert error={batches.error} onRetry={() => void batches.refetch()} />
      )}
      {batches.isPending && <Skeleton variant="rounded" height={180} />}
      {batches.data?.length === 0 && (
        <Typography color="text.secondary">{t('leaflets.stock.empty')}</Typography>
      )}
      {batches.data && batches.data.length > 0 && (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 440px), 1fr))',
          }}
        >
          {batches.data.map((batch) => (
            <BatchStockCard key={batch.id} batch={batch} onAllocate={onAllocate} />
          ))}
        </Box>
      )}
    </Paper>
  );
}
