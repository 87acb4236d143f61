import { MAX_PAGE_SIZE, userRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/users?pageSize=500`: the accounts, to filter the log by who acted. */
export function userOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['users', 'options'] as const,
    queryFn: ({ signal }) =>
      apiRequest(userRoutes.list, { query: { page: 1, pageSize: MAX_PAGE_SIZE }, signal }),
    select: (page) => page.items,
  });
}

export function useUserOptions() {
  return useQuery(userOptionsQueryOptions());
}
