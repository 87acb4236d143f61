import {
  activityImportResultSchema,
  activityPageSchema,
  activitySchema,
  type CreateActivityBody,
  type UpdateActivityBody,
} from '@canhgiac/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { uploadApiFile, type UploadProgress } from '../../../lib/api-upload';
import { planResultsKeys } from './plan-results';

const activitiesKey = (campaignId: string) => [...planResultsKeys.all, 'activities', campaignId];

/** `GET /api/campaigns/:id/activities?page&pageSize`: a page of the campaign's outreach. */
export function useActivities(campaignId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...activitiesKey(campaignId), page, pageSize],
    queryFn: ({ signal }) =>
      apiRequest(`/campaigns/${encodeURIComponent(campaignId)}/activities`, {
        query: { page, pageSize },
        schema: activityPageSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/campaigns/:id/activities`, or `PATCH /api/activities/:id` with what changed. */
export function useSaveActivity(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateActivityBody | UpdateActivityBody }) =>
      id
        ? apiRequest(`/activities/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body,
            schema: activitySchema,
          })
        : apiRequest(`/campaigns/${encodeURIComponent(campaignId)}/activities`, {
            method: 'POST',
            body,
            schema: activitySchema,
          }),
    // The channels report and the list both change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planResultsKeys.all }),
  });
}

/**
 * `POST /api/campaigns/:id/activities/import` with the media team's sheet (CSV or XLSX) →
 * `{imported}`; a 422 names every row at fault and nothing is written.
 */
export function useImportActivities(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      file,
      onProgress,
    }: {
      file: File;
      onProgress: (p: UploadProgress) => void;
    }) =>
      activityImportResultSchema.parse(
        await uploadApiFile(`/campaigns/${encodeURIComponent(campaignId)}/activities/import`, {
          file,
          onProgress,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planResultsKeys.all }),
  });
}

/** `DELETE /api/activities/:id` (staff): an activity entered by mistake, with its figures. */
export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/activities/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planResultsKeys.all }),
  });
}
