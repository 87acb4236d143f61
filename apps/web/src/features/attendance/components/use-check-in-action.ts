import { useState } from 'react';
import type { CheckInBody, CreatePersonBody } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { personName } from '../../../components/person-form/person-form-values';
import { ApiError } from '../../../lib/api-errors';
import { formatTime } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useCheckIn } from '../api/check-in';
import type { Feedback } from './check-in-feedback';

/** A check-in refused because the conference's day has not come, that staff may still make. */
export interface EarlyCheckIn {
  body: CheckInBody;
  knownAttended: boolean;
  /** The conference's day, dd/MM/yyyy. */
  day: string;
  /** A walk-in: its form stays open behind the confirmation. */
  walkIn: boolean;
}

/** The conference's day of a CHECK_IN_BEFORE_DAY refusal, or null for any other outcome. */
function refusedBeforeDay(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'CHECK_IN_BEFORE_DAY') return null;
  const startsOn = (error.body as { startsOn?: unknown }).startsOn;
  return typeof startsOn === 'string' ? formatDate(startsOn) : '';
}

/** Checks someone in and keeps what happened for the feedback banner. */
export function useCheckInAction(conferenceId: string) {
  const { t } = useTranslation();
  const mutation = useCheckIn();
  const mayCheckInEarly = usePermission('attendance.early');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  /** The refused check-in that staff may confirm; the dialog is open while `confirming`. */
  const [early, setEarly] = useState<EarlyCheckIn | null>(null);
  const [confirming, setConfirming] = useState(false);

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
    const day = refusedBeforeDay(error);
    const unknownCode =
      body.code !== undefined && error instanceof ApiError && error.statusCode === 404;
    setEarly(day !== null && mayCheckInEarly ? { body, knownAttended, day, walkIn: false } : null);
    setFeedback({
      kind: 'error',
      error,
      message:
        day !== null
          ? t('checkIn.beforeDay', { day })
          : unknownCode
            ? t('checkIn.codeUnknown')
            : undefined,
      early: day !== null && mayCheckInEarly,
    });
    return false;
  };

  /** A walk-in: its errors go back to the form that sent it; staff are offered the early check-in. */
  const walkIn = async (person: CreatePersonBody): Promise<unknown> => {
    const error = await attempt({ person });
    const day = refusedBeforeDay(error);
    if (day !== null && mayCheckInEarly) {
      setEarly({ body: { person }, knownAttended: false, day, walkIn: true });
      setConfirming(true);
    }
    return error;
  };

  /** Sends the refused check-in again with the reason; resolves null when it went through. */
  const confirmEarly = async (reason: string): Promise<unknown> => {
    if (!early) return null;
    const error = await attempt({ ...early.body, earlyCheckIn: { reason } }, early.knownAttended);
    if (error === null) {
      setEarly(null);
      setConfirming(false);
    }
    return error;
  };

  return {
    run,
    walkIn,
    feedback,
    pending: mutation.isPending,
    early: confirming ? early : null,
    openEarly: () => setConfirming(early !== null),
    closeEarly: () => setConfirming(false),
    confirmEarly,
  };
}
