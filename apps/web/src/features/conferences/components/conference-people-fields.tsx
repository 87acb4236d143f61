import type { CreateConferenceBody } from '@canhgiac/contracts';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormNumberField } from '../../../components/form/form-picker-fields';
import { FormChooseMany, FormTextList } from '../../../components/form/form-autocomplete-fields';
import { useOrganizationOptions } from '../../../lib/reference-data';
import type { ConferenceFormValues } from './conference-form-values';

interface PeopleFieldsProps {
  control: Control<ConferenceFormValues, unknown, CreateConferenceBody>;
  locked: boolean;
}

/** Co-organizing organizations, trainers (free text), capacity and notes. */
export function ConferencePeopleFields({ control, locked }: PeopleFieldsProps) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const organizationList = organizations.data ?? [];
  return (
    <>
      <FormChooseMany
        control={control}
        name="organizerIds"
        label={t('conferenceForm.organizers')}
        disabled={locked}
        options={organizationList}
        loading={organizations.isPending}
      />
      <FormTextList
        control={control}
        name="trainers"
        label={t('conferenceForm.trainers')}
        disabled={locked}
        helperText={t('conferenceForm.trainersHelp')}
      />
      <FormNumberField
        control={control}
        name="capacity"
        min={1}
        label={t('conferenceForm.capacity')}
        required
        disabled={locked}
        sx={{ maxWidth: 220 }}
      />
      <FormTextField
        control={control}
        name="notes"
        label={t('conferenceForm.notes')}
        multiline
        minRows={2}
      />
    </>
  );
}
