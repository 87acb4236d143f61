import { useId } from 'react';
import type { LeafletBatch } from '@canhgiac/contracts';
import CallSplit from '@mui/icons-material/CallSplit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LabelledProgress, percentOf } from '../../../components/labelled-progress';
import { formatDate, useNumberFormat } from '../../../lib/format';

interface BatchStockCardProps {
  batch: LeafletBatch;
  /** Absent for roles that only read. */
  onAllocate?: (batch: LeafletBatch) => void;
}

/** One print batch: allocated and delivered against the quantity, and what is left. */
export function BatchStockCard({ batch, onAllocate }: BatchStockCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const formatNumber = useNumberFormat();
  const bar = (part: number) => ({
    percent: percentOf(part, batch.quantity),
    text: t('leaflets.stock.value', {
      part: formatNumber(part),
      whole: formatNumber(batch.quantity),
      percent: percentOf(part, batch.quantity),
    }),
  });
  const allocated = bar(batch.allocated);
  const delivered = bar(batch.delivered);

  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 2.5, display: 'grid', gap: 2 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
          <Typography id={titleId} variant="h3" component="h3">
            {batch.title}
          </Typography>
          <Typography color="text.secondary">
            {t('leaflets.stock.receivedOn', {
              date: formatDate(batch.receivedOn),
              quantity: formatNumber(batch.quantity),
            })}
          </Typography>
          {batch.note && <Typography color="text.secondary">{batch.note}</Typography>}
        </Box>
        {onAllocate && (
          <Button
            variant="contained"
            startIcon={<CallSplit />}
            onClick={() => onAllocate(batch)}
            disabled={batch.available <= 0}
            aria-label={t('leaflets.stock.allocateAria', { title: batch.title })}
          >
            {t('leaflets.stock.allocate')}
          </Button>
        )}
      </Box>
      <LabelledProgress label={t('leaflets.stock.allocated')} {...allocated} />
      <LabelledProgress label={t('leaflets.stock.delivered')} color="success" {...delivered} />
      <Typography sx={{ fontWeight: 600 }}>
        {t('leaflets.stock.available', { count: formatNumber(batch.available) })}
      </Typography>
    </Paper>
  );
}
