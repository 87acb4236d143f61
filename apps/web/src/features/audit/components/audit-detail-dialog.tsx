import { useId } from 'react';
import type { AuditEntry } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '../../../components/definition-list';
import { formatDateTime } from '../../../lib/date-time';
import { useAuditLabels } from './audit-labels';

/** One log entry in full: who, when, what, from where, and every field of its summary. */
export function AuditDetailDialog({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { entityLabel, actionLabel, labelledSummary } = useAuditLabels();
  const summary = labelledSummary(entry);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('audit.detailTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2.5 }}>
        <DefinitionList
          rows={[
            [t('audit.columns.at'), formatDateTime(entry.at)],
            [t('audit.columns.user'), entry.username ?? t('audit.system')],
            [t('audit.columns.action'), actionLabel(entry.action)],
            [t('audit.columns.entity'), entityLabel(entry.entity)],
            [t('audit.detail.entityId'), entry.entityId ?? t('common.none')],
            [t('audit.columns.ip'), entry.ip ?? t('common.none')],
          ]}
        />
        <div>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('audit.detail.summary')}
          </Typography>
          {summary.length > 0 ? (
            <DefinitionList rows={summary} mono />
          ) : (
            <Typography color="text.secondary">{t('audit.detail.emptySummary')}</Typography>
          )}
        </div>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
