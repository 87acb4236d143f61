import type { CreateConferenceBody } from '@canhgiac/contracts';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormNumberField } from '../../../components/form/form-picker-fields';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { useOrganizationOptions } from '../../../lib/reference-data';
import type { ConferenceFormValues } from './conference-form-values';

interface PeopleFieldsProps {
  control: Control<ConferenceFormValues, unknown, CreateConferenceBody>;
  locked: boolean;
}

/** Co-organizing organizations, trainers (free text), capacity and notes. */
export function ConferencePeopleFields({ control, locked }: PeopleFieldsProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const organizations = useOrganizationOptions();
  const organizationList = organizations.data ?? [];
  return (
    <>
      <Controller
        control={control}
        name="organizerIds"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <Autocomplete
            multiple
            disabled={locked}
            options={organizationList}
            value={(value ?? []).flatMap((id) => organizationList.filter((o) => o.id === id))}
            loading={organizations.isPending}
            loadingText={t('app.loading')}
            noOptionsText={t('common.noOptions')}
            getOptionLabel={(organization) => organization.name}
            isOptionEqualToValue={(option, current) => option.id === current.id}
            onChange={(_event, chosen) => onChange(chosen.map((organization) => organization.id))}
            onBlur={onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={ref}
                label={t('conferenceForm.organizers')}
                error={fieldState.invalid}
                helperText={errorText(fieldState.error)}
              />
            )}
          />
        )}
      />
      <Controller
        control={control}
        name="trainers"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <Autocomplete
            multiple
            freeSolo
            autoSelect
            disabled={locked}
            options={[] as string[]}
            value={value ?? []}
            onChange={(_event, names) =>
              onChange(names.map((name) => name.trim()).filter((name) => name.length > 0))
            }
            onBlur={onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={ref}
                label={t('conferenceForm.trainers')}
                error={fieldState.invalid}
                helperText={errorText(fieldState.error) ?? t('conferenceForm.trainersHelp')}
              />
            )}
          />
        )}
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
