import { useId } from 'react';
import type { Person } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { personName } from '../../../components/person-form/person-form-values';
import { useErasePerson } from '../api/erase-person';

interface ErasePersonDialogProps {
  person: Person;
  onClose: () => void;
  onDone: () => void;
}

/** Erases a person's name, phone and birth year after saying what stays (anonymous counts). */
export function ErasePersonDialog({ person, onClose, onDone }: ErasePersonDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const erase = useErasePerson();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('people.erase.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          {t('people.erase.body', { name: personName(person, t) })}
        </DialogContentText>
        <DialogContentText>{t('people.erase.keeps')}</DialogContentText>
        {erase.isError && <ApiErrorAlert error={erase.error} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color="error"
          disabled={erase.isPending}
          onClick={() => erase.mutate(person.id, { onSuccess: onDone })}
        >
          {t('people.erase.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
