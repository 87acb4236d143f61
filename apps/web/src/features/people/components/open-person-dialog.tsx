import { useId } from 'react';
import type { Person } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageLoading } from '../../../components/page-loading';
import { usePerson } from '../api/get-person';
import { PersonFormDialog } from './person-form-dialog';

interface OpenPersonDialogProps {
  id: string;
  showOrganization: boolean;
  onClose: () => void;
  onSaved: (person: Person, created: boolean) => void;
}

/** The person of `?person=<id>`, loaded, then in the edit form. */
export function OpenPersonDialog({
  id,
  showOrganization,
  onClose,
  onSaved,
}: OpenPersonDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const person = usePerson(id);
  if (person.data) {
    return (
      <PersonFormDialog
        person={person.data}
        showOrganization={showOrganization}
        onClose={onClose}
        onSaved={onSaved}
      />
    );
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('people.form.editTitle')}</DialogTitle>
      <DialogContent>
        {person.isError ? <ApiErrorAlert error={person.error} /> : <PageLoading />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
