import { z } from 'zod';
import {
  conferenceConflictSchema,
  conferenceStatusSchema,
} from '../conferences/conferences.schemas';
import { allocationStatusSchema } from '../leaflets/leaflets.schemas';
import { importHeaderSchema, importRowErrorSchema } from '../registrations/registrations.schemas';

/**
 * Every error the API answers with has one of these codes, and its HTTP status is decided here,
 * once. The web translates the code (with the fields below as parameters) into the UI language;
 * the Vietnamese `message` of the answer is for API users and logs.
 */
export const errorStatuses = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ORGANIZATION_NAME_TAKEN: 409,
  USERNAME_TAKEN: 409,
  SELF_LOCKOUT: 409,
  CONFERENCE_CLASH: 409,
  CONFERENCE_STATUS_INVALID: 409,
  CONFERENCE_NOT_EDITABLE: 409,
  CONFERENCE_NOT_STARTED: 409,
  CHECK_IN_BEFORE_DAY: 409,
  CONFERENCE_CANCELLED: 409,
  CONFERENCE_FULL: 409,
  CAPACITY_BELOW_REGISTERED: 409,
  PERSON_DUPLICATE: 409,
  PERSON_ERASED: 409,
  ALREADY_REGISTERED: 409,
  REGISTRATION_ATTENDED: 409,
  CONFERENCE_NOT_HELD: 409,
  CERTIFICATE_REVOKED: 409,
  CERTIFICATE_NOT_REVOKED: 409,
  CERTIFICATE_ALREADY_REISSUED: 409,
  LEAFLETS_INSUFFICIENT: 409,
  LEAFLET_BATCH_BELOW_ALLOCATED: 409,
  ALLOCATION_NOT_PLANNED: 409,
  JOB_NOT_DONE: 409,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_TOO_LARGE: 431,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FILE_ROWS_INVALID: 422,
  RATE_LIMITED: 429,
  LOGIN_LOCKED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatuses;
export const errorCodeSchema = z.enum(Object.keys(errorStatuses) as [ErrorCode, ...ErrorCode[]]);

const count = z.number().int().nonnegative();
const retry = z.object({
  /** Seconds until a new attempt may succeed (also in the Retry-After header). */
  retryAfter: z.number().int().positive(),
});

/** A former commune name that fits more than one unit of today (import, person form). */
export const communeCandidateSchema = z.object({
  code: z.string(),
  name: z.string(),
  validTo: z.string().nullable(),
  unit: z.object({ code: z.string(), name: z.string() }),
});

/**
 * The fields an error answer carries beside `message`, per code: what a client needs to act on
 * it (the existing record to open, the clashing conferences, the stock left…).
 */
export const errorExtraSchemas = {
  VALIDATION_FAILED: z.object({ candidates: z.array(communeCandidateSchema).optional() }),
  ORGANIZATION_NAME_TAKEN: z.object({ existingId: z.uuid() }),
  PERSON_DUPLICATE: z.object({ existingId: z.uuid() }),
  ALREADY_REGISTERED: z.object({ registrationId: z.uuid().optional() }),
  CONFERENCE_CLASH: z.object({ conflicts: z.array(conferenceConflictSchema) }),
  CONFERENCE_STATUS_INVALID: z.object({ from: conferenceStatusSchema, to: conferenceStatusSchema }),
  CONFERENCE_NOT_EDITABLE: z.object({ status: conferenceStatusSchema }),
  CONFERENCE_NOT_HELD: z.object({ status: conferenceStatusSchema }),
  CHECK_IN_BEFORE_DAY: z.object({
    /** The conference's day and today, in Vietnam (YYYY-MM-DD). */
    startsOn: z.iso.date(),
    today: z.iso.date(),
  }),
  CONFERENCE_FULL: z.object({ capacity: count }),
  CAPACITY_BELOW_REGISTERED: z.object({ registered: count }),
  CERTIFICATE_ALREADY_REISSUED: z.object({ replacedById: z.uuid() }),
  LEAFLETS_INSUFFICIENT: z.object({ available: count }),
  LEAFLET_BATCH_BELOW_ALLOCATED: z.object({ allocated: count }),
  ALLOCATION_NOT_PLANNED: z.object({ status: allocationStatusSchema }),
  JOB_NOT_DONE: z.object({ state: z.enum(['queued', 'running', 'failed']) }),
  FILE_ROWS_INVALID: z.object({
    errors: z.array(importRowErrorSchema),
    totalErrors: count,
    /** Reading stopped at the limit of errors: there are at least `totalErrors`. */
    totalErrorsAtLeast: z.boolean().optional(),
    /**
     * The same file with the cells at fault highlighted, each with a note giving the reason, can
     * be had by sending it to the import's `annotated` route. Absent when no cell can be marked
     * (only the header is at fault).
     */
    annotatedFile: z.boolean().optional(),
    /**
     * Only when the header could not be read: its cells, the columns it named and the first rows
     * below it, for the columns to be chosen by hand (the import's `columns`).
     */
    header: importHeaderSchema.optional(),
  }),
  RATE_LIMITED: retry,
  LOGIN_LOCKED: retry,
} satisfies Partial<Record<ErrorCode, z.ZodType>>;

export type ErrorCodeWithExtra = keyof typeof errorExtraSchemas;
/** What an error with code `C` carries beside its message. */
export type ErrorExtra<C extends ErrorCode> = C extends ErrorCodeWithExtra
  ? z.input<(typeof errorExtraSchemas)[C]>
  : never;
