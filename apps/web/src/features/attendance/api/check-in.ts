import { attendanceRoutes, type CheckInBody, type Registration } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { attendanceQueryKeys } from './get-attendance';

export interface CheckInInput {
  conferenceId: string;
  body: CheckInBody;
  /** The person is known (from the list) to have checked in already. */
  knownAttended?: boolean;
}

export interface CheckInOutcome {
  registration: Registration;
  /** The person had checked in before this request: it changed nothing. */
  already: boolean;
}

/**
 * A check-in older than this, answered to a check-in just sent, was an earlier one: the API
 * answers the same registration whether or not it was already checked in (idempotent).
 */
const EARLIER_MS = 60_000;

/**
 * `POST /api/conferences/:id/attendance {registrationId} | {personId} | {code} | {person:{…}}`
 * → 200 the registration, `attended`, with its first `checkedInAt` (idempotent); 404 for an
 * unknown code or someone outside the caller's organization; 409 CONFERENCE_CANCELLED; 409
 * CHECK_IN_BEFORE_DAY before the conference's day, unless staff send `earlyCheckIn: {reason}`.
 */
export async function checkIn({
  conferenceId,
  body,
  knownAttended,
}: CheckInInput): Promise<CheckInOutcome> {
  const sentAt = Date.now();
  const registration = await apiRequest(attendanceRoutes.checkIn, {
    params: { id: conferenceId },
    body,
  });
  const at = registration.checkedInAt ? Date.parse(registration.checkedInAt) : sentAt;
  return { registration, already: Boolean(knownAttended) || at < sentAt - EARLIER_MS };
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkIn,
    onSuccess: (_outcome, { conferenceId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceQueryKeys.conference(conferenceId) }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]),
  });
}
