import {
  cancelLeafletAllocationBodySchema,
  type CancelLeafletAllocationBody,
  type LeafletAllocation,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
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
  const formatNumber = useNumberFormat();
  const notPlanned = useAllocationErrorMessage();
  const cancel = useCancelLeafletAllocation();
  const { control, submit, formState, failure } = useContractForm<
    FormValues,
    CancelLeafletAllocationBody
  >({
    fields: [],
    schema: cancelLeafletAllocationBodySchema,
    defaultValues: { reason: '' },
  });

  const onSubmit = submit(async (body) => {
    onSaved(await cancel.mutateAsync({ id: allocation.id, body }));
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
      <FormTextField
        control={control}
        name="reason"
        label={t('leaflets.cancel.reason')}
        required
        autoFocus
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
