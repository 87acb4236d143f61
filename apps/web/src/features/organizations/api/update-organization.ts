import { organizationRoutes, type UpdateOrganizationBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationsQueryKeys } from './get-organizations';

export interface UpdateOrganizationInput {
  id: string;
  body: UpdateOrganizationBody;
}

/** `PATCH /api/organizations/:id` with only the changed fields → 200 the organization. */
export function updateOrganization({ id, body }: UpdateOrganizationInput) {
  return apiRequest(organizationRoutes.update, { params: { id }, body });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsQueryKeys.all }),
  });
}
