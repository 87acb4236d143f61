import { useEffect, useId, useState } from 'react';
import {
  createConferenceBodySchema,
  type Conference,
  type ConferenceConflict,
  type CreateConferenceBody,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useCreateConference } from '../api/create-conference';
import { useCampaignOptions } from '../../../lib/campaign-options';
import { useSmallScreen } from '../../../lib/use-small-screen';
import { useFailure } from '../../../lib/use-failure';
import { useUpdateConference } from '../api/update-conference';
import { ClashWarning } from './clash-warning';
import {
  changedFields,
  clashOf,
  conferenceFields,
  defaultCampaignId,
  formDefaults,
  keepsAcceptedClash,
  type ConferenceFormValues,
} from './conference-form-values';
import { ConferencePeopleFields } from './conference-people-fields';
import { ConferenceScheduleFields } from './conference-schedule-fields';

interface ConferenceFormDialogProps {
  /** The conference to edit; `null` to schedule a new one. */
  conference: Conference | null;
  /** A new conference on this day (a click on the calendar), 08:00–11:00. */
  initialDay?: string;
  /** The campaign to preselect for a new conference. */
  campaignId?: string;
  onClose: () => void;
  onSaved: (conference: Conference, created: boolean) => void;
}

/**
 * Schedules or edits a conference. A clash (409) lists the conferences the venue or a trainer is
 * already booked for, and offers "Vẫn đặt lịch" (the same request with `force: true`).
 */
export function ConferenceFormDialog(props: ConferenceFormDialogProps) {
  const { conference, initialDay, campaignId = '', onClose, onSaved } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const fullScreen = useSmallScreen();
  const create = useCreateConference();
  const update = useUpdateConference();
  const [clash, setClash] = useState<ConferenceConflict[] | null>(null);
  const { failure, setFailure } = useFailure();
  const campaigns = useCampaignOptions();
  const { control, handleSubmit, setError, setValue, getValues, formState } = useForm<
    ConferenceFormValues,
    unknown,
    CreateConferenceBody
  >({
    resolver: zodResolver(createConferenceBodySchema),
    defaultValues: formDefaults(conference, initialDay, campaignId),
  });
  useEffect(() => {
    // A new conference goes under the campaign running on its day, once the campaigns are known.
    if (conference || !campaigns.data || getValues('campaignId')) return;
    setValue('campaignId', defaultCampaignId(campaigns.data, initialDay, campaignId));
  }, [campaigns.data, conference, initialDay, campaignId, getValues, setValue]);
  const locked = conference?.status === 'held' || conference?.status === 'cancelled';
  const labels = Object.fromEntries(
    conferenceFields.map((field) => [field, t(`conferenceForm.${field}`)]),
  );

  const save = (force: boolean) =>
    handleSubmit(async (values) => {
      setFailure(null);
      try {
        if (!conference) {
          const body = { ...values, notes: values.notes || null, force };
          onSaved(await create.mutateAsync(body), true);
          return;
        }
        const changes = changedFields(values, conference);
        if (Object.keys(changes).length === 0) return onClose();
        const body = { ...changes, force: force || keepsAcceptedClash(conference, changes) };
        onSaved(await update.mutateAsync({ id: conference.id, body }), false);
      } catch (error) {
        const conflicts = clashOf(error);
        setClash(conflicts);
        if (conflicts) return;
        if (!applyServerFieldErrors(error, setError, conferenceFields)) setFailure(error);
      }
    });

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      fullScreen={fullScreen}
    >
      <DatePickersProvider>
        <form noValidate onSubmit={(event) => void save(false)(event)}>
          <DialogTitle id={titleId}>
            {conference ? t('conferenceForm.editTitle') : t('conferenceForm.createTitle')}
          </DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
            {locked && conference && (
              <Alert severity="info">
                {t('conferenceForm.onlyNotes', {
                  status: t(`conferences.status.${conference.status}`),
                })}
              </Alert>
            )}
            {failure !== null && <ApiErrorAlert error={failure} fieldLabels={labels} />}
            <ConferenceScheduleFields
              control={control}
              editing={conference !== null}
              locked={locked}
            />
            <ConferencePeopleFields control={control} locked={locked} />
            {clash && (
              <ClashWarning
                conflicts={clash}
                busy={formState.isSubmitting}
                onBookAnyway={() => void save(true)()}
              />
            )}
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
