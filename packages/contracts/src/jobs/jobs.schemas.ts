import { z } from 'zod';
import { uuidSchema } from '../common/paging.schemas';
import { planReportQuerySchema } from '../reports/plan-results.schemas';
import { coverageQuerySchema } from '../reports/reports.schemas';

/** Long work that runs as a job: a file made in the background, with its progress. */
export const jobKinds = ['certificates_pdf', 'coverage_export', 'plan_report'] as const;
export const jobKindSchema = z.enum(jobKinds);
export type JobKind = z.infer<typeof jobKindSchema>;

export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

/** `POST /api/jobs`: what to make; `params` as the synchronous route takes them. */
export const createJobBodySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('certificates_pdf'),
      params: z.object({ conferenceId: uuidSchema }).strict(),
    }),
    z.object({
      kind: z.literal('coverage_export'),
      params: coverageQuerySchema.refine((query) => query.format !== 'json', {
        path: ['format'],
        message: 'Hãy chọn định dạng tệp: csv, xlsx hoặc pdf',
      }),
    }),
    z.object({ kind: z.literal('plan_report'), params: planReportQuerySchema }),
  ],
  { message: 'Loại việc phải là certificates_pdf, coverage_export hoặc plan_report' },
);
export type CreateJobBody = z.input<typeof createJobBodySchema>;
export type JobRequest = z.output<typeof createJobBodySchema>;

export const jobCreatedSchema = z.object({ id: uuidSchema });

export const jobSchema = z.object({
  id: uuidSchema,
  kind: jobKindSchema,
  state: jobStateSchema,
  /** Units of the work done and to do (certificates drawn; 0/1 → 1/1 for a report). */
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  /** Why it failed, for the person who asked. */
  error: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).optional(),
  /** Until when the file can be downloaded. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type Job = z.infer<typeof jobSchema>;
