import type { ConferenceStatus } from '@canhgiac/contracts';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { conferenceStatusColors } from '../../../theme/conference-status';

/** The status written out, in its colour (the same as on the calendar). */
export function ConferenceStatusChip({
  status,
  size = 'small',
}: {
  status: ConferenceStatus;
  size?: ChipProps['size'];
}) {
  const { t } = useTranslation();
  const colors = conferenceStatusColors[status];
  return (
    <Chip
      size={size}
      label={t(`conferences.status.${status}`)}
      sx={{
        bgcolor: colors.light,
        color: colors.main,
        border: 1,
        borderColor: colors.main,
        fontWeight: 600,
      }}
    />
  );
}
