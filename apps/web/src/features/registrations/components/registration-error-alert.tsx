import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiError } from '../../../lib/api-errors';
import { errorExtra } from '../../../lib/error-extra';

/**
 * Why a registration was refused, said plainly: already registered (a warning, nothing is
 * wrong), the conference full (with its capacity) or cancelled, or any other error.
 */
export function RegistrationErrorAlert({ error, capacity }: { error: unknown; capacity: number }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'ALREADY_REGISTERED') {
    return <Alert severity="warning">{t('registrations.register.alreadyRegistered')}</Alert>;
  }
  if (error instanceof ApiError && error.code === 'CONFERENCE_FULL') {
    const full = errorExtra(error, 'CONFERENCE_FULL')?.capacity ?? capacity;
    return <Alert severity="error">{t('registrations.register.full', { capacity: full })}</Alert>;
  }
  return <ApiErrorAlert error={error} />;
}
