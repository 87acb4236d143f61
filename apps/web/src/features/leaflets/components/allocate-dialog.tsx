import { useState } from 'react';
import {
  createLeafletAllocationBodySchema,
  type Conference,
  type CreateLeafletAllocationBody,
  type LeafletAllocation,
  type LeafletBatch,
  type RecipientKind,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/number-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { useNumberFormat } from '../../../lib/format';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { insufficientStock, useAllocateLeaflets } from '../api/allocate-leaflets';
import { RecipientFields, type AllocationFormValues } from './recipient-fields';
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
  const errorText = useFieldErrorText();
  const allocate = useAllocateLeaflets();
  const [batchId, setBatchId] = useState(props.batchId ?? fullest(batches));
  const [kind, setKind] = useState<RecipientKind>(conference ? 'conference' : 'commune');
  const [districtCode, setDistrictCode] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, setValue, clearErrors, formState } = useForm<
    AllocationFormValues,
    unknown,
    CreateLeafletAllocationBody
  >({
    resolver: zodResolver(createLeafletAllocationBodySchema),
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

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onSaved(
        await allocate.mutateAsync({
          batchId,
          body: { ...values, note: values.note || undefined },
        }),
      );
    } catch (error) {
      const available = insufficientStock(error);
      if (available !== null) {
        const message = t('leaflets.allocate.insufficient', {
          available: formatNumber(available),
          quantity: formatNumber(values.quantity),
        });
        setError('quantity', { type: 'server', message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, setError, fields)) {
        setFailure(error);
      }
    }
  });

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
          districtCode={districtCode}
          onDistrictChange={setDistrictCode}
          control={control}
          errors={formState.errors}
        />
      )}
      <Controller
        control={control}
        name="quantity"
        render={({ field: { ref, ...field }, fieldState }) => (
          <NumberField
            {...field}
            inputRef={ref}
            label={t('leaflets.allocate.quantity')}
            min={1}
            required
            autoFocus={Boolean(conference)}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error, 'number')}
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
            label={t('leaflets.allocate.note')}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          />
        )}
      />
    </FormDialog>
  );
}
