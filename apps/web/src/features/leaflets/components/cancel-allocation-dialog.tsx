import { useId, useState } from 'react';
import {
  cancelLeafletAllocationBodySchema,
  type CancelLeafletAllocationBody,
  type LeafletAllocation,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { useNumberFormat } from '../../../lib/format';
import { useCancelLeafletAllocation } from '../api/cancel-leaflet-allocation';
import { useAllocationErrorMessage } from './use-allocation-error-message';

type FormValues = z.input<typeof cancelLeafletAllocationBodySchema>;

interface CancelAllocationDialogProps {
  allocation: LeafletAllocation;
  onClose: () => void;
  onSaved: (allocation: LeafletAllocation) => void;
}

/** Cancels a planned allocation with a reason: its leaflets return to the batch's stock. */
export function CancelAllocationDialog({
  allocation,
  onClose,
  onSaved,
}: CancelAllocationDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorText = useFieldErrorText();
  const formatNumber = useNumberFormat();
  const notPlanned = useAllocationErrorMessage();
  const cancel = useCancelLeafletAllocation();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, formState } = useForm<
    FormValues,
    unknown,
    CancelLeafletAllocationBody
  >({ resolver: zodResolver(cancelLeafletAllocationBodySchema), defaultValues: { reason: '' } });

  const onSubmit = handleSubmit(async (body) => {
    setFailure(null);
    try {
      onSaved(await cancel.mutateAsync({ id: allocation.id, body }));
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{t('leaflets.cancel.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>
            {t('leaflets.cancel.body', {
              number: allocation.documentNumber,
              count: formatNumber(allocation.quantity),
              recipient: allocation.recipientName,
            })}
          </DialogContentText>
          {failure !== null && (notPlanned(failure) ?? <ApiErrorAlert error={failure} />)}
          <Controller
            control={control}
            name="reason"
            render={({ field: { ref, ...field }, fieldState }) => (
              <TextField
                {...field}
                inputRef={ref}
                label={t('leaflets.cancel.reason')}
                required
                autoFocus
                multiline
                minRows={2}
                error={fieldState.invalid}
                helperText={errorText(fieldState.error)}
              />
            )}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('leaflets.cancel.keep')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={formState.isSubmitting}>
            {t('leaflets.cancel.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
