import { peopleRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const RESULTS = 20;

/**
 * `GET /api/people?q=&pageSize=20`: people to register, found by name (accents ignored) or
 * phone. Keyed under ['people'], so people added elsewhere show up.
 */
export function searchPeopleQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['people', 'search', q] as const,
    queryFn: ({ signal }) =>
      apiRequest(peopleRoutes.list, { query: { q, page: 1, pageSize: RESULTS }, signal }),
    select: (page) => page.items.filter((person) => !person.erased),
    placeholderData: keepPreviousData,
  });
}

export function useSearchPeople(q: string) {
  return useQuery({ ...searchPeopleQueryOptions(q), enabled: q.length >= 2 });
}
