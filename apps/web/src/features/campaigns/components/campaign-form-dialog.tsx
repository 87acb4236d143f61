import { useState } from 'react';
import type { Campaign, CreateCampaignBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { FormDateField, FormNumberField } from '../../../components/form/form-picker-fields';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { FormDialog } from '../../../components/form-dialog';
import { ApiError } from '../../../lib/api-errors';
import { useCreateCampaign } from '../api/create-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import {
  campaignFields,
  campaignResolver,
  certificateFields,
  changedFields,
  formDefaults,
  formFields,
  type CampaignFormValues,
} from './campaign-form-values';
import { CertificateSettingsFields } from './certificate-settings-fields';

const dateFields = ['startsOn', 'endsOn'] as const;
const targetFields = ['targetConferences', 'targetParticipants', 'targetLeaflets'] as const;

interface CampaignFormDialogProps {
  /** The campaign to edit; `null` to create one. */
  campaign: Campaign | null;
  onClose: () => void;
  onSaved: (campaign: Campaign, created: boolean) => void;
}

/** A 400 that names a certificate setting (`certificate.serialSuffix`). */
const namesCertificate = (error: unknown) =>
  error instanceof ApiError &&
  error.details.some((detail) => /^(body\.)?certificate\./u.test(detail.path));

/**
 * Name, year, period and the three targets of a campaign, and under "Giấy chứng nhận" what its
 * certificates print; editing sends only what changed.
 */
export function CampaignFormDialog({ campaign, onClose, onSaved }: CampaignFormDialogProps) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const [certificateOpen, setCertificateOpen] = useState(false);
  const { control, submit, failure, formState } = useContractForm<
    CampaignFormValues,
    CreateCampaignBody
  >({
    resolver: campaignResolver(campaign !== null),
    fields: formFields,
    defaultValues: formDefaults(campaign),
  });
  const labels: Record<string, string> = {
    ...Object.fromEntries(campaignFields.map((field) => [field, t(`campaigns.form.${field}`)])),
    ...Object.fromEntries(
      certificateFields.map((field) => [
        `certificate.${field}`,
        t(`campaigns.form.certificate.${field}`),
      ]),
    ),
  };
  // A setting at fault is unfolded before the form focuses it: a folded field cannot take focus.
  const revealCertificate = () => flushSync(() => setCertificateOpen(true));

  const onSubmit = submit(
    async (values) => {
      if (!campaign) return onSaved(await create.mutateAsync(values), true);
      const body = changedFields(values, campaign);
      if (Object.keys(body).length === 0) return onClose();
      onSaved(await update.mutateAsync({ id: campaign.id, body }), false);
    },
    {
      failed: (error) => {
        if (namesCertificate(error)) revealCertificate();
      },
      invalid: (errors) => {
        if (errors.certificate) revealCertificate();
      },
    },
  );

  return (
    <DatePickersProvider>
      <FormDialog
        title={campaign ? t('campaigns.form.editTitle') : t('campaigns.form.createTitle')}
        onClose={onClose}
        onSubmit={onSubmit}
        submitting={formState.isSubmitting}
        error={failure}
        fieldLabels={labels}
      >
        <FormTextField control={control} name="name" label={labels.name} required autoFocus />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '120px 1fr 1fr' } }}>
          <FormNumberField control={control} name="year" label={labels.year} min={2000} required />
          {dateFields.map((name) => (
            <FormDateField key={name} control={control} name={name} label={labels[name]} required />
          ))}
        </Box>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: 'repeat(3, 1fr)' } }}>
          {targetFields.map((name) => (
            <FormNumberField
              key={name}
              control={control}
              name={name}
              label={labels[name]}
              required
            />
          ))}
        </Box>
        <CertificateSettingsFields
          control={control}
          editing={campaign !== null}
          expanded={certificateOpen}
          onExpandedChange={setCertificateOpen}
        />
      </FormDialog>
    </DatePickersProvider>
  );
}
