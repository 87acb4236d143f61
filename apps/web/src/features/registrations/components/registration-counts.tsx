import { useMemo } from 'react';
import type { Registration, RegistrationStatus } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';
import { RegistrationStatusChip } from './registration-status-chip';

interface RegistrationCountsProps {
  registrations: Registration[];
  capacity: number;
}

const statuses: RegistrationStatus[] = ['registered', 'attended', 'absent'];

/** How many registered, attended and were absent, and the seats taken against capacity. */
export function RegistrationCounts({ registrations, capacity }: RegistrationCountsProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const counts = useMemo(() => {
    const byStatus: Record<RegistrationStatus, number> = { registered: 0, attended: 0, absent: 0 };
    for (const registration of registrations) byStatus[registration.status] += 1;
    return byStatus;
  }, [registrations]);
  const taken = registrations.length;
  const percent = capacity > 0 ? Math.min(100, (taken / capacity) * 100) : 0;
  const seats = t('registrations.counts.seats', {
    taken: format(taken),
    capacity: format(capacity),
  });
  return (
    <Box
      component="section"
      aria-label={t('registrations.counts.label')}
      sx={{ display: 'grid', gap: 1 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {statuses.map((status) => (
          <RegistrationStatusChip
            key={status}
            status={status}
            label={t(`registrations.counts.${status}`, { count: counts[status] })}
          />
        ))}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, maxWidth: 520 }}>
        <LinearProgress
          variant="determinate"
          value={percent}
          color={taken >= capacity ? 'warning' : 'primary'}
          aria-label={t('registrations.counts.seatsLabel')}
          aria-valuetext={seats}
          sx={{ flex: 1, height: 10, borderRadius: 5 }}
        />
        <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
          {seats}
        </Typography>
      </Box>
    </Box>
  );
}
