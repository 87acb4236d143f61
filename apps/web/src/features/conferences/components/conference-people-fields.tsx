import type { CreateConferenceBody } from '@canhgiac/contracts';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/number-field';
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
      <Controller
        control={control}
        name="capacity"
        render={({ field: { ref, ...field }, fieldState }) => (
          <NumberField
            {...field}
            inputRef={ref}
            min={1}
            label={t('conferenceForm.capacity')}
            required
            disabled={locked}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error, 'number')}
            sx={{ maxWidth: 220 }}
          />
        )}
      />
      <Controller
        control={control}
        name="notes"
        render={({ field: { ref, value, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            value={value ?? ''}
            label={t('conferenceForm.notes')}
            multiline
            minRows={2}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          />
        )}
      />
    </>
  );
}
