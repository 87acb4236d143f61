import type { RegistrationStatus } from '@canhgiac/contracts';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

const looks: Record<RegistrationStatus, { color: ChipProps['color']; icon: React.ReactElement }> = {
  registered: { color: 'default', icon: <HourglassEmptyOutlined /> },
  attended: { color: 'success', icon: <CheckCircleOutline /> },
  absent: { color: 'warning', icon: <PersonOffOutlined /> },
};

/** A registration's status in words, with an icon and a colour (never colour alone). */
export function RegistrationStatusChip({
  status,
  label,
}: {
  status: RegistrationStatus;
  label?: string;
}) {
  const { t } = useTranslation();
  const { color, icon } = looks[status];
  return (
    <Chip
      size="small"
      color={color}
      variant={status === 'registered' ? 'outlined' : 'filled'}
      icon={icon}
      label={label ?? t(`registrations.status.${status}`)}
    />
  );
}
