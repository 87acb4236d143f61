import { useId } from 'react';
import type { Registration } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { personName } from '../../../components/person-form/person-form-values';
import { useDeleteRegistration } from '../api/delete-registration';

interface UnregisterDialogProps {
  registration: Registration;
  onClose: () => void;
  onDone: (name: string) => void;
}

/** Takes a registrant off the list (not someone who checked in: 409 REGISTRATION_ATTENDED). */
export function UnregisterDialog({ registration, onClose, onDone }: UnregisterDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const remove = useDeleteRegistration();
  const name = personName(registration.person, t);
  const confirm = () =>
    remove.mutate(
      { conferenceId: registration.conferenceId, registrationId: registration.id },
      { onSuccess: () => onDone(name) },
    );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('registrations.unregister.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{t('registrations.unregister.body', { name })}</DialogContentText>
        {remove.isError && <ApiErrorAlert error={remove.error} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('registrations.unregister.keep')}</Button>
        <Button variant="contained" color="error" onClick={confirm} disabled={remove.isPending}>
          {t('registrations.unregister.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
