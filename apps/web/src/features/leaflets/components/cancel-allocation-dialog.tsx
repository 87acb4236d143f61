import { useState } from 'react';
import {
  cancelLeafletAllocationBodySchema,
  type CancelLeafletAllocationBody,
  type LeafletAllocation,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { FormDialog } from '../../../components/form-dialog';
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
    <FormDialog
      title={t('leaflets.cancel.title')}
      intro={t('leaflets.cancel.body', {
        number: allocation.documentNumber,
        count: formatNumber(allocation.quantity),
        recipient: allocation.recipientName,
      })}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      renderError={(error) => notPlanned(error) ?? <ApiErrorAlert error={error} />}
      submitLabel={t('leaflets.cancel.confirm')}
      submitColor="error"
      cancelLabel={t('leaflets.cancel.keep')}
    >
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
    </FormDialog>
  );
}
