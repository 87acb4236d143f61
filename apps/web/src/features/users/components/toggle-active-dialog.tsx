import { useId } from 'react';
import type { User } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useUpdateUser } from '../api/update-user';

interface ToggleActiveDialogProps {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}

/** Locks an account (PATCH {active:false}) or unlocks it; an admin cannot lock themselves. */
export function ToggleActiveDialog({ user, onClose, onDone }: ToggleActiveDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const update = useUpdateUser();
  const locking = user.active;
  const copy = locking ? 'users.deactivate' : 'users.activate';

  const confirm = () => {
    update.mutate({ id: user.id, body: { active: !user.active } }, { onSuccess: onDone });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t(`${copy}.title`)}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{t(`${copy}.body`, { name: user.fullName })}</DialogContentText>
        {update.isError && <ApiErrorAlert error={update.error} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={locking ? 'error' : 'primary'}
          onClick={confirm}
          disabled={update.isPending}
        >
          {t(`${copy}.confirm`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
