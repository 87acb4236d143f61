import { useState } from 'react';
import {
  createLeafletAllocationBodySchema,
  type Conference,
  type CreateLeafletAllocationBody,
  type LeafletAllocation,
  type LeafletBatch,
  type RecipientKind,
} from '@canhgiac/contracts';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormNumberField } from '../../../components/form/form-picker-fields';
import { useNumberFormat } from '../../../lib/format';
import { insufficientStock, useAllocateLeaflets } from '../api/allocate-leaflets';
import { RecipientFields, type AllocationFormValues } from './recipient-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';

const fields = ['quantity', 'organizationId', 'communeCode', 'conferenceId', 'note'] as const;

interface AllocateDialogProps {
  batches: LeafletBatch[];
  /** The batch to allocate from; the one with most left when absent. */
  batchId?: string;
  /** Allocating to this conference only (its page's tab). */
  conference?: Conference;
  onClose: () => void;
  onSaved: (allocation: LeafletAllocation) => void;
}

const fullest = (batches: LeafletBatch[]) =>
  [...batches].sort((a, b) => b.available - a.available)[0]?.id ?? '';

/** Leaflets from a batch to one recipient; never more than the batch has left. */
export function AllocateDialog({
  batches,
  conference,
  onClose,
  onSaved,
  ...props
}: AllocateDialogProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const allocate = useAllocateLeaflets();
  const [batchId, setBatchId] = useState(props.batchId ?? fullest(batches));
  const [kind, setKind] = useState<RecipientKind>(conference ? 'conference' : 'commune');
  const { control, submit, setError, setValue, clearErrors, formState, failure } = useContractForm<
    AllocationFormValues,
    CreateLeafletAllocationBody
  >({
    fields: fields,
    schema: createLeafletAllocationBodySchema,
    defaultValues: {
      organizationId: null,
      communeCode: null,
      conferenceId: conference?.id ?? null,
      note: '',
    },
  });
  const batch = batches.find((candidate) => candidate.id === batchId);

  const changeKind = (next: RecipientKind) => {
    setKind(next);
    for (const field of ['organizationId', 'communeCode', 'conferenceId'] as const) {
      setValue(field, null);
    }
    clearErrors();
  };

  const onSubmit = submit(
    async (values) =>
      onSaved(
        await allocate.mutateAsync({
          batchId,
          body: { ...values, note: values.note || undefined },
        }),
      ),
    {
      failed: (error, values) => {
        const available = insufficientStock(error);
        if (available === null) return false;
        const message = t('leaflets.allocate.insufficient', {
          available: formatNumber(available),
          quantity: formatNumber(values.quantity),
        });
        setError('quantity', { type: 'server', message }, { shouldFocus: true });
        return true;
      },
    },
  );

  return (
    <FormDialog
      title={t('leaflets.allocate.title')}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      submitLabel={t('leaflets.allocate.submit')}
      submitDisabled={!batch}
    >
      <TextField
        select
        label={t('leaflets.allocate.batch')}
        value={batch ? batchId : ''}
        onChange={(event) => setBatchId(event.target.value)}
        required
        helperText={
          batch && t('leaflets.allocate.available', { count: formatNumber(batch.available) })
        }
        slotProps={{ formHelperText: { sx: { fontWeight: 600, fontSize: '0.875rem' } } }}
      >
        {batches.map((option) => (
          <MenuItem key={option.id} value={option.id}>
            {option.title}
          </MenuItem>
        ))}
      </TextField>
      {conference ? (
        <Typography>
          {t('leaflets.allocate.conferenceFixed', { title: conference.title })}
        </Typography>
      ) : (
        <RecipientFields
          kind={kind}
          onKindChange={changeKind}
          control={control}
          errors={formState.errors}
        />
      )}
      <FormNumberField
        control={control}
        name="quantity"
        label={t('leaflets.allocate.quantity')}
        min={1}
        required
        autoFocus={Boolean(conference)}
      />
      <FormTextField control={control} name="note" label={t('leaflets.allocate.note')} />
    </FormDialog>
  );
}
