import { type ListUsersQuery, userRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type UsersParams = Pick<ListUsersQuery, 'page' | 'pageSize'> &
  Partial<Pick<ListUsersQuery, 'q' | 'role' | 'organizationId' | 'active'>>;

export const usersQueryKeys = {
  all: ['users'] as const,
  list: (params: UsersParams) => ['users', 'list', params] as const,
};

/** `GET /api/users?page&pageSize&q&role&organizationId&active` (paged; admin only). */
export function getUsers(params: UsersParams, signal?: AbortSignal) {
  return apiRequest(userRoutes.list, { query: { ...params }, signal });
}

export function usersQueryOptions(params: UsersParams) {
  return queryOptions({
    queryKey: usersQueryKeys.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UsersParams) {
  return useQuery(usersQueryOptions(params));
}
