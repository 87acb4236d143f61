import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { restoreSession } from '../../lib/session';

/** The server could not be asked whether there is a session (offline, server down). */
export function SessionUnavailable() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
      <Alert
        severity="error"
        sx={{ maxWidth: 560 }}
        action={
          <Button color="inherit" size="small" onClick={() => void restoreSession()}>
            {t('common.retry')}
          </Button>
        }
      >
        <AlertTitle>{t('session.unavailableTitle')}</AlertTitle>
        {t('session.unavailableBody')}
      </Alert>
    </Box>
  );
}
