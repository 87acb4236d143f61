import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { personPath } from '../../../lib/paths';

/** 409 PERSON_DUPLICATE: the person is listed already; open that one instead of a second. */
export function DuplicateWarning({ existingId }: { existingId: string }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning">
      <AlertTitle>{t('people.duplicate.title')}</AlertTitle>
      {t('people.duplicate.body')}
      <div>
        <Button
          component={RouterLink}
          to={personPath(existingId)}
          variant="outlined"
          color="inherit"
          sx={{ mt: 1 }}
        >
          {t('people.duplicate.open')}
        </Button>
      </div>
    </Alert>
  );
}
