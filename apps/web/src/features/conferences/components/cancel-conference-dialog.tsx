import { useId } from 'react';
import {
  changeConferenceStatusBodySchema,
  type ChangeConferenceStatusBody,
} from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';

type FormValues = z.input<typeof changeConferenceStatusBodySchema>;

interface CancelConferenceDialogProps {
  title: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (body: ChangeConferenceStatusBody) => void;
}

/** "Hủy hội nghị" needs a reason ("Lý do hủy"), kept for the reports. */
export function CancelConferenceDialog({
  title,
  busy,
  onClose,
  onConfirm,
}: CancelConferenceDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { control, handleSubmit } = useContractForm<FormValues, ChangeConferenceStatusBody>({
    schema: changeConferenceStatusBodySchema,
    fields: [],
    defaultValues: { status: 'cancelled', reason: '' },
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void handleSubmit(onConfirm)(event)}>
        <DialogTitle id={titleId}>{t('conference.cancelDialog.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('conference.cancelDialog.body', { title })}</DialogContentText>
          <FormTextField
            control={control}
            name="reason"
            label={t('conference.cancelDialog.reason')}
            required
            autoFocus
            multiline
            minRows={2}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('conference.cancelDialog.keep')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>
            {t('conference.cancelDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
