import { type ListOrganizationsQuery, organizationRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type OrganizationsParams = Pick<ListOrganizationsQuery, 'page' | 'pageSize'> &
  Partial<Pick<ListOrganizationsQuery, 'q' | 'kind' | 'within'>>;

export const organizationsQueryKeys = {
  all: ['organizations'] as const,
  list: (params: OrganizationsParams) => ['organizations', 'list', params] as const,
};

/** `GET /api/organizations?page&pageSize&q&kind&within` (paged). */
export function getOrganizations(params: OrganizationsParams, signal?: AbortSignal) {
  return apiRequest(organizationRoutes.list, { query: { ...params }, signal });
}

export function organizationsQueryOptions(params: OrganizationsParams) {
  return queryOptions({
    queryKey: organizationsQueryKeys.list(params),
    queryFn: ({ signal }) => getOrganizations(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganizations(params: OrganizationsParams) {
  return useQuery(organizationsQueryOptions(params));
}
