import { useState } from 'react';
import type { CheckInBody, CreatePersonBody } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { personName } from '../../../components/person-form/person-form-values';
import { ApiError } from '../../../lib/api-errors';
import { formatTime } from '../../../lib/date-time';
import { useCheckIn } from '../api/check-in';
import type { Feedback } from './check-in-feedback';

/** Checks someone in and keeps what happened for the feedback banner. */
export function useCheckInAction(conferenceId: string) {
  const { t } = useTranslation();
  const mutation = useCheckIn();
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  /** Resolves null when the person is checked in (now or before), else the error. */
  const attempt = async (body: CheckInBody, knownAttended = false): Promise<unknown> => {
    setFeedback(null);
    try {
      const { registration, already } = await mutation.mutateAsync({
        conferenceId,
        body,
        knownAttended,
      });
      setFeedback({
        kind: already ? 'already' : 'success',
        name: personName(registration.person, t),
        time: registration.checkedInAt ? formatTime(registration.checkedInAt) : '',
      });
      return null;
    } catch (error) {
      return error;
    }
  };

  /** A check-in whose failure shows in the banner; true when it went through. */
  const run = async (body: CheckInBody, knownAttended = false): Promise<boolean> => {
    const error = await attempt(body, knownAttended);
    if (error === null) return true;
    const unknownCode =
      body.code !== undefined && error instanceof ApiError && error.statusCode === 404;
    setFeedback({
      kind: 'error',
      error,
      message: unknownCode ? t('checkIn.codeUnknown') : undefined,
    });
    return false;
  };

  /** A walk-in: its errors go back to the form that sent it. */
  const walkIn = (person: CreatePersonBody) => attempt({ person });

  return { run, walkIn, feedback, pending: mutation.isPending };
}
