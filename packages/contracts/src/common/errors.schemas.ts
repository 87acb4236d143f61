import { z } from 'zod';

export const errorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** The kind of problem (zod's issue code: too_small, invalid_format…), for a translated message. */
  code: z.string().optional(),
});

/** The one error shape of the API: every 4xx and 5xx answer has it. */
export const errorResponseSchema = z
  .object({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string(),
    code: z.string().optional(),
    details: z.array(errorDetailSchema).optional(),
  })
  .passthrough();

export type ErrorDetail = z.infer<typeof errorDetailSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
