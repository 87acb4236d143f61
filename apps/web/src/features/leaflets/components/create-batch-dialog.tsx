import { useState } from 'react';
import {
  createLeafletBatchBodySchema,
  type CreateLeafletBatchBody,
  type LeafletBatch,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CampaignSelect } from '../../../components/campaign-select';
import { DateField } from '../../../components/date-field';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { FormDialog } from '../../../components/form-dialog';
import { NumberField } from '../../../components/number-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { todayInVietnam } from '../../../lib/date-time';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useCreateLeafletBatch } from '../api/create-leaflet-batch';

type FormValues = z.input<typeof createLeafletBatchBodySchema>;
const fields = ['title', 'quantity', 'receivedOn', 'campaignId', 'note'] as const;

interface CreateBatchDialogProps {
  onClose: () => void;
  onSaved: (batch: LeafletBatch) => void;
}

/** "Nhập lô tờ rơi": a print batch received into stock. */
export function CreateBatchDialog({ onClose, onSaved }: CreateBatchDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const create = useCreateLeafletBatch();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    CreateLeafletBatchBody
  >({
    resolver: zodResolver(createLeafletBatchBodySchema),
    defaultValues: { title: '', receivedOn: todayInVietnam(), campaignId: null, note: '' },
  });
  const labels = {
    title: t('leaflets.batchForm.batchTitle'),
    quantity: t('leaflets.batchForm.quantity'),
    receivedOn: t('leaflets.batchForm.receivedOn'),
    campaignId: t('leaflets.batchForm.campaignId'),
    note: t('leaflets.batchForm.note'),
  };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onSaved(await create.mutateAsync({ ...values, note: values.note || undefined }));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, fields)) setFailure(error);
    }
  });

  return (
    <DatePickersProvider>
      <FormDialog
        title={t('leaflets.batchForm.title')}
        onClose={onClose}
        onSubmit={onSubmit}
        submitting={formState.isSubmitting}
        error={failure}
        fieldLabels={labels}
      >
        <Controller
          control={control}
          name="title"
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              label={labels.title}
              required
              autoFocus
              error={fieldState.invalid}
              helperText={errorText(fieldState.error) ?? t('leaflets.batchForm.batchTitleHelp')}
            />
          )}
        />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          <Controller
            control={control}
            name="quantity"
            render={({ field: { ref, ...field }, fieldState }) => (
              <NumberField
                {...field}
                inputRef={ref}
                label={labels.quantity}
                min={1}
                required
                error={fieldState.invalid}
                helperText={errorText(fieldState.error, 'number')}
              />
            )}
          />
          <Controller
            control={control}
            name="receivedOn"
            render={({ field: { ref, ...field }, fieldState }) => (
              <DateField
                {...field}
                inputRef={ref}
                label={labels.receivedOn}
                required
                error={fieldState.invalid}
                helperText={errorText(fieldState.error, 'date')}
              />
            )}
          />
        </Box>
        <Controller
          control={control}
          name="campaignId"
          render={({ field }) => (
            <CampaignSelect
              label={labels.campaignId}
              emptyLabel={t('leaflets.batchForm.noCampaign')}
              value={field.value ?? ''}
              onChange={(campaignId) => field.onChange(campaignId || null)}
            />
          )}
        />
        <Controller
          control={control}
          name="note"
          render={({ field: { ref, value, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              value={value ?? ''}
              label={labels.note}
              multiline
              minRows={2}
              error={fieldState.invalid}
              helperText={errorText(fieldState.error)}
            />
          )}
        />
      </FormDialog>
    </DatePickersProvider>
  );
}
