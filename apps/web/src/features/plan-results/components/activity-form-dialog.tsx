import {
  activityChannels,
  createActivityBodySchema,
  type Activity,
  type ActivityChannel,
  type ActivityMetricKey,
  type CreateActivityBody,
} from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { FormDateField, FormNumberField } from '../../../components/form/form-picker-fields';
import { FormCommunePicker } from '../../../components/form/form-reference-fields';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { todayInVietnam } from '../../../lib/date-time';
import { useSaveActivity } from '../api/activities';

/** The figures each channel is measured by. */
export const channelMetrics: Record<ActivityChannel, readonly ActivityMetricKey[]> = {
  video: ['views', 'shares', 'sharers'],
  social_post: ['views', 'shares', 'sharers'],
  portal_post: ['views', 'shares'],
  sms: ['messages'],
  zalo_group: ['groups', 'members', 'posts'],
  leaflet_drop: [],
  other: ['views', 'shares', 'messages'],
};

interface FormValues {
  channel: ActivityChannel;
  title: string;
  startsOn: string;
  endsOn: string;
  communeCode: string | null;
  link: string;
  notes: string;
  metrics: Partial<Record<ActivityMetricKey, number | null>>;
}

const blankToNull = (value: string | null | undefined) => (value ? value : null);

/** The form's values as the API takes them: blanks as null, only the channel's figures. */
function toBody(values: FormValues): CreateActivityBody {
  const metrics = Object.fromEntries(
    channelMetrics[values.channel]
      .map((key) => [key, values.metrics[key]] as const)
      .filter(([, value]) => value !== null && value !== undefined),
  );
  return {
    channel: values.channel,
    title: values.title,
    startsOn: values.startsOn,
    endsOn: blankToNull(values.endsOn),
    communeCode: blankToNull(values.communeCode),
    link: blankToNull(values.link),
    notes: blankToNull(values.notes),
    ...(Object.keys(metrics).length > 0 ? { metrics } : {}),
  };
}

const formSchema = z.preprocess(
  (raw) => toBody(raw as FormValues),
  createActivityBodySchema,
) as unknown as z.ZodType<CreateActivityBody, FormValues>;

/** What an edit changed, for a PATCH of those fields only (new figures are a new snapshot). */
function changes(body: CreateActivityBody, activity: Activity): Partial<CreateActivityBody> {
  const before = toBody({
    channel: activity.channel,
    title: activity.title,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn ?? '',
    communeCode: activity.communeCode,
    link: activity.link ?? '',
    notes: activity.notes ?? '',
    metrics: activity.metrics,
  });
  return Object.fromEntries(
    Object.entries(body).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(before[key as keyof CreateActivityBody]),
    ),
  ) as Partial<CreateActivityBody>;
}

const fields = ['channel', 'title', 'startsOn', 'endsOn', 'communeCode', 'link', 'notes'] as const;

interface ActivityFormDialogProps {
  campaignId: string;
  /** The activity edited; a new one when absent. */
  activity?: Activity;
  onClose: () => void;
  onSaved: (activity: Activity) => void;
}

/** A video, a post, an SMS wave, a Zalo group…: its dates, place and the figures of its channel. */
export function ActivityFormDialog({
  campaignId,
  activity,
  onClose,
  onSaved,
}: ActivityFormDialogProps) {
  const { t } = useTranslation();
  const save = useSaveActivity(campaignId);
  const { control, submit, formState, failure } = useContractForm<FormValues, CreateActivityBody>({
    fields: [...fields, ...channelMetrics.other.map((key) => `metrics.${key}` as const)],
    schema: formSchema,
    defaultValues: {
      channel: activity?.channel ?? 'video',
      title: activity?.title ?? '',
      startsOn: activity?.startsOn ?? todayInVietnam(),
      endsOn: activity?.endsOn ?? '',
      communeCode: activity?.communeCode ?? null,
      link: activity?.link ?? '',
      notes: activity?.notes ?? '',
      metrics: activity?.metrics ?? {},
    },
  });
  const channel = useWatch({ control, name: 'channel' });
  const label = (name: string) => t(`planResults.activities.fields.${name as 'title'}`);

  const onSubmit = submit(async (body) => {
    if (!activity) return onSaved(await save.mutateAsync({ body }));
    const changed = changes(body, activity);
    if (Object.keys(changed).length === 0) return onClose();
    onSaved(await save.mutateAsync({ id: activity.id, body: changed }));
  });

  return (
    <DatePickersProvider>
      <FormDialog
        title={
          activity ? t('planResults.activities.editTitle') : t('planResults.activities.addTitle')
        }
        onClose={onClose}
        onSubmit={onSubmit}
        submitting={formState.isSubmitting}
        error={failure}
        fieldLabels={Object.fromEntries(fields.map((name) => [name, label(name)]))}
      >
        <FormTextField
          control={control}
          name="channel"
          select
          label={label('channel')}
          required
          kind="select"
        >
          {activityChannels.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`planResults.channels.names.${value}`)}
            </MenuItem>
          ))}
        </FormTextField>
        <FormTextField control={control} name="title" label={label('title')} required autoFocus />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          <FormDateField control={control} name="startsOn" label={label('startsOn')} required />
          <FormDateField control={control} name="endsOn" label={label('endsOn')} />
        </Box>
        <FormCommunePicker
          control={control}
          name="communeCode"
          label={label('communeCode')}
          allowAll
          helperText={t('planResults.activities.communeHelp')}
        />
        {channelMetrics[channel].length > 0 && (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr 1fr' } }}>
            {channelMetrics[channel].map((key) => (
              <FormNumberField
                key={key}
                control={control}
                name={`metrics.${key}`}
                label={t(`planResults.channels.figures.${key}`)}
                min={0}
              />
            ))}
          </Box>
        )}
        {activity && channelMetrics[channel].length > 0 && (
          <Box sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
            {t('planResults.activities.metricsHistory')}
          </Box>
        )}
        <FormTextField control={control} name="link" label={label('link')} type="url" />
        <FormTextField
          control={control}
          name="notes"
          label={label('notes')}
          multiline
          minRows={2}
        />
      </FormDialog>
    </DatePickersProvider>
  );
}
