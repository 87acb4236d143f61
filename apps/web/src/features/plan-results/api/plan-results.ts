import {
  type MatrixMeasure,
  type PutPlanReportTextsBody,
  type PutTargetsBody,
  reportRoutes,
  type ReportUnits,
  targetRoutes,
} from '@canhgiac/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface MatrixParams {
  campaignId: string;
  rows: 'commune' | 'organization' | 'group';
  cols: 'organization' | 'group' | 'month';
  measure: MatrixMeasure;
  units: ReportUnits;
}

export const planResultsKeys = {
  all: ['plan-results'] as const,
  matrix: (params: MatrixParams) => ['plan-results', 'matrix', params] as const,
  targets: (campaignId: string) => ['plan-results', 'targets', campaignId] as const,
  texts: (campaignId: string) => ['plan-results', 'texts', campaignId] as const,
};

/** `GET /api/reports/matrix`: actual against target, rows × columns. */
export function useMatrix(params: MatrixParams) {
  return useQuery(
    queryOptions({
      queryKey: planResultsKeys.matrix(params),
      queryFn: ({ signal }) => apiRequest(reportRoutes.matrix, { query: { ...params }, signal }),
    }),
  );
}

/** `GET /api/campaigns/:id/targets`: by commune, by organization, by both. */
export function useTargets(campaignId: string) {
  return useQuery({
    queryKey: planResultsKeys.targets(campaignId),
    queryFn: ({ signal }) => apiRequest(targetRoutes.get, { params: { id: campaignId }, signal }),
  });
}

/** `PUT /api/campaigns/:id/targets`: the whole set replaces the previous one. */
export function useSaveTargets(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutTargetsBody) =>
      apiRequest(targetRoutes.replace, { params: { id: campaignId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planResultsKeys.all }),
  });
}

/** `GET /api/campaigns/:id/report-texts`: what staff wrote for the results report. */
export function useReportTexts(campaignId: string) {
  return useQuery({
    queryKey: planResultsKeys.texts(campaignId),
    queryFn: ({ signal }) => apiRequest(reportRoutes.texts, { params: { id: campaignId }, signal }),
  });
}

export function useSaveReportTexts(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPlanReportTextsBody) =>
      apiRequest(reportRoutes.saveTexts, { params: { id: campaignId }, body }),
    onSuccess: (texts) => queryClient.setQueryData(planResultsKeys.texts(campaignId), texts),
  });
}
