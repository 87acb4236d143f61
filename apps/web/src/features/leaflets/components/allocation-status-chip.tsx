import type { AllocationStatus } from '@canhgiac/contracts';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** Text on background, each pair ≥ 4.5:1 (WCAG AA); the status is always written out too. */
const statusColors: Record<AllocationStatus, { main: string; light: string }> = {
  planned: { main: '#7a4f00', light: '#fff1cc' },
  delivered: { main: '#1b5e20', light: '#dcf1dd' },
  cancelled: { main: '#5a5f66', light: '#eceef1' },
};

export function AllocationStatusChip({ status }: { status: AllocationStatus }) {
  const { t } = useTranslation();
  const colors = statusColors[status];
  return (
    <Chip
      size="small"
      label={t(`leaflets.statuses.${status}`)}
      sx={{ color: colors.main, bgcolor: colors.light, fontWeight: 600 }}
    />
  );
}
