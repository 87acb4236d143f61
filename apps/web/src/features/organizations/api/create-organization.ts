import { type CreateOrganizationBody, organizationRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationsQueryKeys } from './get-organizations';

/** `POST /api/organizations` → 201 the organization. */
export function createOrganization(body: CreateOrganizationBody) {
  return apiRequest(organizationRoutes.create, { body });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsQueryKeys.all }),
  });
}
