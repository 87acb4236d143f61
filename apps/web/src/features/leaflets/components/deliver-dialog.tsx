import {
  deliverLeafletAllocationBodySchema,
  type DeliverLeafletAllocationBody,
  type LeafletAllocation,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormDateField } from '../../../components/form/form-picker-fields';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { todayInVietnam } from '../../../lib/date-time';
import { useNumberFormat } from '../../../lib/format';
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
  const formatNumber = useNumberFormat();
  const notPlanned = useAllocationErrorMessage();
  const deliver = useDeliverLeafletAllocation();
  const { control, submit, formState, failure } = useContractForm<
    FormValues,
    DeliverLeafletAllocationBody
  >({
    fields: ['deliveredOn', 'receivedBy'],
    schema: deliverLeafletAllocationBodySchema,
    defaultValues: { deliveredOn: todayInVietnam(), receivedBy: '' },
  });

  const onSubmit = submit(async (body) => {
    onSaved(await deliver.mutateAsync({ id: allocation.id, body }));
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
        <FormDateField
          control={control}
          name="deliveredOn"
          label={t('leaflets.deliver.deliveredOn')}
          required
        />
        <FormTextField
          control={control}
          name="receivedBy"
          label={t('leaflets.deliver.receivedBy')}
          required
          autoFocus
          helperText={t('leaflets.deliver.receivedByHelp')}
        />
      </FormDialog>
    </DatePickersProvider>
  );
}
