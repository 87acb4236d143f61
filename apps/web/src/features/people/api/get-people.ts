import { type ListPeopleQuery, peopleRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type PeopleParams = Pick<ListPeopleQuery, 'page' | 'pageSize'> &
  Partial<Omit<ListPeopleQuery, 'page' | 'pageSize'>>;

export const peopleQueryKeys = {
  all: ['people'] as const,
  list: (params: PeopleParams) => ['people', 'list', params] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

/**
 * `GET /api/people?q&communeCode&organizationId&birthYear&page&pageSize`. The server ignores
 * accents and case ("nguyen thi huong" finds "Nguyễn Thị Hương"); digits search phones.
 */
export function getPeople(params: PeopleParams, signal?: AbortSignal) {
  return apiRequest(peopleRoutes.list, { query: { ...params }, signal });
}

export function peopleQueryOptions(params: PeopleParams) {
  return queryOptions({
    queryKey: peopleQueryKeys.list(params),
    queryFn: ({ signal }) => getPeople(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePeople(params: PeopleParams) {
  return useQuery(peopleQueryOptions(params));
}
