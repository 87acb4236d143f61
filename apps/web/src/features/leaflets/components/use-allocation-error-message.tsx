import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-errors';

/**
 * ALLOCATION_NOT_PLANNED (409: delivered or cancelled meanwhile) said in words; null for any
 * other error, which the generic alert explains.
 */
export function useAllocationErrorMessage(): (error: unknown) => ReactNode | null {
  const { t } = useTranslation();
  return (error) =>
    error instanceof ApiError && error.code === 'ALLOCATION_NOT_PLANNED' ? (
      <Alert severity="warning">{t('leaflets.notPlanned')}</Alert>
    ) : null;
}
