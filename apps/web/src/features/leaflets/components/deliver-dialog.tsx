import { useState } from 'react';
import {
  deliverLeafletAllocationBodySchema,
  type DeliverLeafletAllocationBody,
  type LeafletAllocation,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { FormDialog } from '../../../components/form-dialog';
import { DateField } from '../../../components/date-field';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { todayInVietnam } from '../../../lib/date-time';
import { useNumberFormat } from '../../../lib/format';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useDeliverLeafletAllocation } from '../api/deliver-leaflet-allocation';
import { useAllocationErrorMessage } from './use-allocation-error-message';

type FormValues = z.input<typeof deliverLeafletAllocationBodySchema>;

interface DeliverDialogProps {
  allocation: LeafletAllocation;
  onClose: () => void;
  onSaved: (allocation: LeafletAllocation) => void;
}

/** The leaflets were handed over: on which day, and who signed for them. */
export function DeliverDialog({ allocation, onClose, onSaved }: DeliverDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const formatNumber = useNumberFormat();
  const notPlanned = useAllocationErrorMessage();
  const deliver = useDeliverLeafletAllocation();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    DeliverLeafletAllocationBody
  >({
    resolver: zodResolver(deliverLeafletAllocationBodySchema),
    defaultValues: { deliveredOn: todayInVietnam(), receivedBy: '' },
  });

  const onSubmit = handleSubmit(async (body) => {
    setFailure(null);
    try {
      onSaved(await deliver.mutateAsync({ id: allocation.id, body }));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ['deliveredOn', 'receivedBy'])) {
        setFailure(error);
      }
    }
  });

  return (
    <DatePickersProvider>
      <FormDialog
        title={t('leaflets.deliver.title')}
        intro={t('leaflets.deliver.body', {
          number: allocation.documentNumber,
          count: formatNumber(allocation.quantity),
          recipient: allocation.recipientName,
        })}
        onClose={onClose}
        onSubmit={onSubmit}
        submitting={formState.isSubmitting}
        error={failure}
        renderError={(error) => notPlanned(error) ?? <ApiErrorAlert error={error} />}
        submitLabel={t('leaflets.deliver.submit')}
      >
        <Controller
          control={control}
          name="deliveredOn"
          render={({ field: { ref, ...field }, fieldState }) => (
            <DateField
              {...field}
              inputRef={ref}
              label={t('leaflets.deliver.deliveredOn')}
              required
              error={fieldState.invalid}
              helperText={errorText(fieldState.error, 'date')}
            />
          )}
        />
        <Controller
          control={control}
          name="receivedBy"
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              label={t('leaflets.deliver.receivedBy')}
              required
              autoFocus
              error={fieldState.invalid}
              helperText={errorText(fieldState.error) ?? t('leaflets.deliver.receivedByHelp')}
            />
          )}
        />
      </FormDialog>
    </DatePickersProvider>
  );
}
