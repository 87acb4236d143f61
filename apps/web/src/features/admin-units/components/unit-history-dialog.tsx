import type { AdminUnitPeriod } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDate } from '../../../lib/format';
import { useUnitHistory } from '../api/get-unit-history';

/** The legal texts behind a period's links, each once. */
const legalBases = (unit: AdminUnitPeriod) => [
  ...new Set([...unit.predecessors, ...unit.successors].map((link) => link.legalBasis)),
];

interface UnitHistoryDialogProps {
  code: string;
  onClose: () => void;
}

/**
 * Every period of a code, oldest first, each with what it came from and what it became: a code
 * means nothing without a date (13669 was Phường Cửa Bắc until 30/06/2025, Phường Nam Định since).
 */
export function UnitHistoryDialog({ code, onClose }: UnitHistoryDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const history = useUnitHistory(code);
  const period = (from: string | null, to: string | null) =>
    from && to
      ? t('adminUnits.history.between', { from: formatDate(from), to: formatDate(to) })
      : from
        ? t('adminUnits.history.since', { from: formatDate(from) })
        : to
          ? t('adminUnits.history.until', { to: formatDate(to) })
          : t('adminUnits.history.always');
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('adminUnits.history.title', { code })}</DialogTitle>
      <DialogContent>
        {history.isPending && <Skeleton variant="rounded" height={120} />}
        {history.isError && (
          <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        )}
        {history.data && (
          <ol aria-label={t('adminUnits.history.listLabel')} style={{ paddingLeft: 20, margin: 0 }}>
            {history.data.map((unit) => (
              <li key={`${unit.code}-${unit.validFrom ?? ''}`} style={{ marginBottom: 12 }}>
                <Typography component="p" sx={{ fontWeight: 600 }}>
                  {unit.name} · {period(unit.validFrom, unit.validTo)}
                </Typography>
                {unit.predecessors.length > 0 && (
                  <Typography component="p" variant="body2" color="text.secondary">
                    {t('adminUnits.history.from', {
                      units: unit.predecessors
                        .map((p) =>
                          t('adminUnits.history.predecessor', {
                            name: p.name,
                            code: p.code,
                            to: p.validTo ? formatDate(p.validTo) : '',
                          }),
                        )
                        .join('; '),
                    })}
                  </Typography>
                )}
                {unit.successors.length > 0 && (
                  <Typography component="p" variant="body2" color="text.secondary">
                    {t('adminUnits.history.into', {
                      units: unit.successors
                        .map((s) =>
                          t('adminUnits.history.successor', {
                            name: s.name,
                            code: s.code,
                            from: s.validFrom ? formatDate(s.validFrom) : '',
                          }),
                        )
                        .join('; '),
                    })}
                  </Typography>
                )}
                {legalBases(unit).length > 0 && (
                  <Typography component="p" variant="body2" color="text.secondary">
                    {t('adminUnits.history.basis', { basis: legalBases(unit).join('; ') })}
                  </Typography>
                )}
              </li>
            ))}
          </ol>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
