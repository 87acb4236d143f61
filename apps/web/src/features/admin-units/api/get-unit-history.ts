import { adminUnitRoutes } from '@canhgiac/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/admin-units/:code/history`: every period of a code, oldest first. */
export function useUnitHistory(code: string | null) {
  return useQuery({
    queryKey: ['admin-units', 'history', code] as const,
    queryFn: ({ signal }) =>
      apiRequest(adminUnitRoutes.history, { params: { code: code ?? '' }, signal }),
    enabled: code !== null,
    // Reference data changes a few times a decade.
    staleTime: 60 * 60 * 1000,
  });
}
