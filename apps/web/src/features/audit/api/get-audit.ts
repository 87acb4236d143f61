import { auditRoutes, type ListAuditQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type AuditParams = Pick<ListAuditQuery, 'page' | 'pageSize'> &
  Partial<Pick<ListAuditQuery, 'entity' | 'userId' | 'action' | 'from' | 'to'>>;

/** `GET /api/audit?page&pageSize&entity&userId&action&from&to` (newest first; admin only). */
export function getAudit(params: AuditParams, signal?: AbortSignal) {
  return apiRequest(auditRoutes.list, { query: { ...params }, signal });
}

export function auditQueryOptions(params: AuditParams) {
  return queryOptions({
    queryKey: ['audit', params] as const,
    queryFn: ({ signal }) => getAudit(params, signal),
    placeholderData: keepPreviousData,
    // The log grows while one reads it.
    staleTime: 0,
  });
}

export function useAudit(params: AuditParams) {
  return useQuery(auditQueryOptions(params));
}
