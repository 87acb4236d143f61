import Alert, { type AlertProps } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/describe-error';

interface ApiErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  fieldLabels?: Record<string, string>;
  sx?: AlertProps['sx'];
}

/** Shows a failed request in words a coordinator understands, with the fields at fault. */
export function ApiErrorAlert({ error, onRetry, fieldLabels, sx }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const { message, details, serverMessage } = describeError(error, t, fieldLabels);
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('errors.title')}</AlertTitle>
      {message}
      {details.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {serverMessage && (
        <div style={{ marginTop: 4, fontSize: '0.875em' }}>
          {t('errors.serverMessage', { message: serverMessage })}
        </div>
      )}
    </Alert>
  );
}
