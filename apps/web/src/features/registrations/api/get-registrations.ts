import { type ListRegistrationsQuery, registrationRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type RegistrationsParams = Partial<ListRegistrationsQuery>;

/** ['registrations', conferenceId, …]: the attendance feature keys its lists the same way. */
export const registrationsQueryKeys = {
  all: ['registrations'] as const,
  conference: (conferenceId: string) => ['registrations', conferenceId] as const,
  list: (conferenceId: string, params: RegistrationsParams) =>
    ['registrations', conferenceId, params] as const,
};

/**
 * `GET /api/conferences/:id/registrations?status&q&birthYear`: the conference's registrations
 * (a coordinator's own organization's only), not paged.
 */
export function getRegistrations(
  conferenceId: string,
  params: RegistrationsParams,
  signal?: AbortSignal,
) {
  return apiRequest(registrationRoutes.list, {
    params: { id: conferenceId },
    query: { ...params },
    signal,
  });
}

export function registrationsQueryOptions(conferenceId: string, params: RegistrationsParams = {}) {
  return queryOptions({
    queryKey: registrationsQueryKeys.list(conferenceId, params),
    queryFn: ({ signal }) => getRegistrations(conferenceId, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegistrations(conferenceId: string, params: RegistrationsParams = {}) {
  return useQuery(registrationsQueryOptions(conferenceId, params));
}
