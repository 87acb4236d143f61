import {
  createLeafletBatchBodySchema,
  type CreateLeafletBatchBody,
  type LeafletBatch,
} from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormDateField, FormNumberField } from '../../../components/form/form-picker-fields';
import { FormCampaignSelect } from '../../../components/form/form-reference-fields';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { todayInVietnam } from '../../../lib/date-time';
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
  const create = useCreateLeafletBatch();
  const { control, submit, formState, failure } = useContractForm<
    FormValues,
    CreateLeafletBatchBody
  >({
    fields: fields,
    schema: createLeafletBatchBodySchema,
    defaultValues: { title: '', receivedOn: todayInVietnam(), campaignId: null, note: '' },
  });
  const labels = {
    title: t('leaflets.batchForm.batchTitle'),
    quantity: t('leaflets.batchForm.quantity'),
    receivedOn: t('leaflets.batchForm.receivedOn'),
    campaignId: t('leaflets.batchForm.campaignId'),
    note: t('leaflets.batchForm.note'),
  };

  const onSubmit = submit(async (values) => {
    onSaved(await create.mutateAsync({ ...values, note: values.note || undefined }));
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
        <FormTextField
          control={control}
          name="title"
          label={labels.title}
          required
          autoFocus
          helperText={t('leaflets.batchForm.batchTitleHelp')}
        />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          <FormNumberField
            control={control}
            name="quantity"
            label={labels.quantity}
            min={1}
            required
          />
          <FormDateField control={control} name="receivedOn" label={labels.receivedOn} required />
        </Box>
        <FormCampaignSelect
          control={control}
          name="campaignId"
          label={labels.campaignId}
          emptyLabel={t('leaflets.batchForm.noCampaign')}
        />
        <FormTextField control={control} name="note" label={labels.note} multiline minRows={2} />
      </FormDialog>
    </DatePickersProvider>
  );
}
