import type { CreateConferenceBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../components/date-time-field';
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
  return (
    <>
      <Controller
        control={control}
        name="campaignId"
        render={({ field: { ref, value, ...field }, fieldState }) => (
          <TextField
            {...field}
            select
            inputRef={ref}
            value={campaignList.some((campaign) => campaign.id === value) ? value : ''}
            label={t('conferenceForm.campaign')}
            required
            disabled={editing || locked}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error, 'select')}
          >
            {campaignList.map((campaign) => (
              <MenuItem key={campaign.id} value={campaign.id}>
                {campaign.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {(['title', 'topic'] as const).map((name) => (
        <Controller
          key={name}
          control={control}
          name={name}
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              label={t(`conferenceForm.${name}`)}
              required
              multiline={name === 'topic'}
              disabled={locked}
              autoFocus={name === 'title' && !locked}
              error={fieldState.invalid}
              helperText={errorText(fieldState.error)}
            />
          )}
        />
      ))}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
        {(['startsAt', 'endsAt'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field: { ref, ...field }, fieldState }) => (
              <DateTimeField
                {...field}
                inputRef={ref}
                label={t(`conferenceForm.${name}`)}
                required
                disabled={locked}
                error={fieldState.invalid}
                helperText={errorText(fieldState.error, 'dateTime')}
              />
            )}
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
      <Controller
        control={control}
        name="venue"
        render={({ field: { ref, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            label={t('conferenceForm.venue')}
            required
            disabled={locked}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error) ?? t('conferenceForm.venueHelp')}
          />
        )}
      />
    </>
  );
}
