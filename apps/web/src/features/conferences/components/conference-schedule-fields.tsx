import type { CreateConferenceBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCommunePicker } from '../../../components/form/form-reference-fields';
import { FormTextField } from '../../../components/form/form-text-field';
import { FormDateTimeField } from '../../../components/form/form-picker-fields';
import { useBoundField } from '../../../components/form/use-bound-field';
import { useCampaignOptions } from '../../../lib/campaign-options';
import type { ConferenceFormValues } from './conference-form-values';
import { vietnamDay } from '../../../lib/date-time';

interface ScheduleFieldsProps {
  control: Control<ConferenceFormValues, unknown, CreateConferenceBody>;
  /** The campaign of an existing conference cannot change. */
  editing: boolean;
  /** Held and cancelled conferences take notes only. */
  locked: boolean;
}

/** Campaign, title, topic, when (Vietnam time) and where (a commune valid that day, venue). */
export function ConferenceScheduleFields(props: ScheduleFieldsProps) {
  const { control, editing, locked } = props;
  const startsAt = useWatch({ control, name: 'startsAt' });
  // The commune must be valid on the conference's day (the units of that day are listed).
  const day = typeof startsAt === 'string' && startsAt ? safeDay(startsAt) : undefined;
  const { t } = useTranslation();
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
      <FormCommunePicker
        control={control}
        name="communeCode"
        emptyAs=""
        required
        disabled={locked}
        on={day}
        label={t('conferenceForm.commune')}
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

function safeDay(instant: string): string | undefined {
  const day = vietnamDay(instant);
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? day : undefined;
}
