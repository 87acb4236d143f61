import { type ListRegistrationsQuery, registrationRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type AttendanceParams = Partial<ListRegistrationsQuery>;

/**
 * ['registrations', conferenceId, params], as the registrations feature keys the same list:
 * a check-in refreshes both, and so does a registration made there.
 */
export const attendanceQueryKeys = {
  conference: (conferenceId: string) => ['registrations', conferenceId] as const,
  list: (conferenceId: string, params: AttendanceParams) =>
    ['registrations', conferenceId, params] as const,
};

/**
 * `GET /api/conferences/:id/registrations?status&q&birthYear`: who checked in
 * (`status=attended`), or the registrants a search at the venue finds.
 */
export function getAttendance(
  conferenceId: string,
  params: AttendanceParams,
  signal?: AbortSignal,
) {
  return apiRequest(registrationRoutes.list, {
    params: { id: conferenceId },
    query: { ...params },
    signal,
  });
}

export function attendanceQueryOptions(conferenceId: string, params: AttendanceParams) {
  return queryOptions({
    queryKey: attendanceQueryKeys.list(conferenceId, params),
    queryFn: ({ signal }) => getAttendance(conferenceId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** The people who checked in. */
export function useAttended(conferenceId: string) {
  return useQuery(attendanceQueryOptions(conferenceId, { status: 'attended' }));
}

/** Registrants found by name (accents ignored) or phone digits, and birth year. */
export function useFindRegistrants(conferenceId: string, q: string, birthYear: number | undefined) {
  return useQuery({
    ...attendanceQueryOptions(conferenceId, { q: q || undefined, birthYear }),
    enabled: q.length >= 2 || birthYear !== undefined,
  });
}
