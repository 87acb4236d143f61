import type { CreateConferenceBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormDateTimeField } from '../../../components/form/form-picker-fields';
import { useBoundField } from '../../../components/form/use-bound-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { useCampaignOptions } from '../../../lib/campaign-options';
import type { ConferenceFormValues } from './conference-form-values';
import { DistrictCommuneFields } from './district-commune-fields';

interface ScheduleFieldsProps {
  control: Control<ConferenceFormValues, unknown, CreateConferenceBody>;
  districtCode: string;
  onDistrictChange: (code: string) => void;
  /** The campaign of an existing conference cannot change. */
  editing: boolean;
  /** Held and cancelled conferences take notes only. */
  locked: boolean;
}

/** Campaign, title, topic, when (Vietnam time) and where (district → commune, venue). */
export function ConferenceScheduleFields(props: ScheduleFieldsProps) {
  const { control, districtCode, onDistrictChange, editing, locked } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const campaigns = useCampaignOptions();
  const campaignList = campaigns.data ?? [];
  const campaign = useBoundField(control, 'campaignId', 'select');
  return (
    <>
      <TextField
        select
        name="campaignId"
        inputRef={campaign.inputRef}
        value={campaignList.some(({ id }) => id === campaign.value) ? campaign.value : ''}
        onChange={(event) => campaign.onChange(event.target.value)}
        onBlur={campaign.onBlur}
        label={t('conferenceForm.campaign')}
        required
        disabled={editing || locked}
        error={campaign.error}
        helperText={campaign.errorText}
      >
        {campaignList.map(({ id, name }) => (
          <MenuItem key={id} value={id}>
            {name}
          </MenuItem>
        ))}
      </TextField>
      {(['title', 'topic'] as const).map((name) => (
        <FormTextField
          key={name}
          control={control}
          name={name}
          label={t(`conferenceForm.${name}`)}
          required
          multiline={name === 'topic'}
          disabled={locked}
          autoFocus={name === 'title' && !locked}
        />
      ))}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
        {(['startsAt', 'endsAt'] as const).map((name) => (
          <FormDateTimeField
            key={name}
            control={control}
            name={name}
            label={t(`conferenceForm.${name}`)}
            required
            disabled={locked}
          />
        ))}
      </Box>
      <Controller
        control={control}
        name="communeCode"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
            <DistrictCommuneFields
              required
              disabled={locked}
              districtCode={districtCode}
              communeCode={value}
              onDistrictChange={(code) => {
                onDistrictChange(code);
                onChange('');
              }}
              onCommuneChange={onChange}
              onCommuneBlur={onBlur}
              communeRef={ref}
              communeError={fieldState.invalid}
              communeHelperText={errorText(fieldState.error, 'select')}
            />
          </Box>
        )}
      />
      <FormTextField
        control={control}
        name="venue"
        label={t('conferenceForm.venue')}
        required
        disabled={locked}
        helperText={t('conferenceForm.venueHelp')}
      />
    </>
  );
}
