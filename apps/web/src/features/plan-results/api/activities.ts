import {
  activityImportResultSchema,
  activityRoutes,
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
      apiRequest(activityRoutes.list, {
        params: { id: campaignId },
        query: { page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/campaigns/:id/activities`, or `PATCH /api/activities/:id` with what changed. */
export function useSaveActivity(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        { id: string; body: UpdateActivityBody } | { id?: undefined; body: CreateActivityBody },
    ) =>
      change.id !== undefined
        ? apiRequest(activityRoutes.update, { params: { id: change.id }, body: change.body })
        : apiRequest(activityRoutes.create, { params: { id: campaignId }, body: change.body }),
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
        await uploadApiFile(activityRoutes.import, {
          params: { id: campaignId },
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
    mutationFn: (id: string) => apiRequest(activityRoutes.delete, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planResultsKeys.all }),
  });
}
