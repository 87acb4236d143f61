import { useId, useState } from 'react';
import {
  createCampaignBodySchema,
  type Campaign,
  type CreateCampaignBody,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DateField } from '../../../components/date-field';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { NumberField } from '../../../components/number-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { todayInVietnam } from '../../../lib/date-time';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useCreateCampaign } from '../api/create-campaign';
import { useUpdateCampaign } from '../api/update-campaign';

type FormValues = z.input<typeof createCampaignBodySchema>;
const fields = [
  'name',
  'year',
  'startsOn',
  'endsOn',
  'targetConferences',
  'targetParticipants',
  'targetLeaflets',
] as const;
const dateFields = ['startsOn', 'endsOn'] as const;
const targetFields = ['targetConferences', 'targetParticipants', 'targetLeaflets'] as const;

interface CampaignFormDialogProps {
  /** The campaign to edit; `null` to create one. */
  campaign: Campaign | null;
  onClose: () => void;
  onSaved: (campaign: Campaign, created: boolean) => void;
}

function defaultsFor(campaign: Campaign | null): Partial<FormValues> {
  if (campaign) return Object.fromEntries(fields.map((field) => [field, campaign[field]]));
  const year = Number(todayInVietnam().slice(0, 4));
  return { name: '', year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

/** Name, year, period and the three targets of a campaign; editing sends only what changed. */
export function CampaignFormDialog({ campaign, onClose, onSaved }: CampaignFormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorText = useFieldErrorText();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    CreateCampaignBody
  >({ resolver: zodResolver(createCampaignBodySchema), defaultValues: defaultsFor(campaign) });
  const labels = Object.fromEntries(fields.map((field) => [field, t(`campaigns.form.${field}`)]));

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (!campaign) return onSaved(await create.mutateAsync(values), true);
      const changed = fields.filter((field) => values[field] !== campaign[field]);
      if (changed.length === 0) return onClose();
      const body = Object.fromEntries(changed.map((field) => [field, values[field]]));
      onSaved(await update.mutateAsync({ id: campaign.id, body }), false);
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, fields)) setFailure(error);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DatePickersProvider>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <DialogTitle id={titleId}>
            {campaign ? t('campaigns.form.editTitle') : t('campaigns.form.createTitle')}
          </DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
            {failure !== null && <ApiErrorAlert error={failure} fieldLabels={labels} />}
            <Controller
              control={control}
              name="name"
              render={({ field: { ref, ...field }, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={ref}
                  label={labels.name}
                  required
                  autoFocus
                  error={fieldState.invalid}
                  helperText={errorText(fieldState.error)}
                />
              )}
            />
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '120px 1fr 1fr' } }}>
              <Controller
                control={control}
                name="year"
                render={({ field: { ref, ...field }, fieldState }) => (
                  <NumberField
                    {...field}
                    inputRef={ref}
                    label={labels.year}
                    min={2000}
                    required
                    error={fieldState.invalid}
                    helperText={errorText(fieldState.error, 'number')}
                  />
                )}
              />
              {dateFields.map((name) => (
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field: { ref, ...field }, fieldState }) => (
                    <DateField
                      {...field}
                      inputRef={ref}
                      label={labels[name]}
                      required
                      error={fieldState.invalid}
                      helperText={errorText(fieldState.error, 'date')}
                    />
                  )}
                />
              ))}
            </Box>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: 'repeat(3, 1fr)' } }}>
              {targetFields.map((name) => (
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field: { ref, ...field }, fieldState }) => (
                    <NumberField
                      {...field}
                      inputRef={ref}
                      label={labels[name]}
                      required
                      error={fieldState.invalid}
                      helperText={errorText(fieldState.error, 'number')}
                    />
                  )}
                />
              ))}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('common.saving') : t('common.save')}
            </Button>
          </DialogActions>
        </form>
      </DatePickersProvider>
    </Dialog>
  );
}
