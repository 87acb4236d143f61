import { z } from 'zod';
import { pageQuerySchema } from '../common/paging.schemas';
import { normalizeText } from '../common/text';

export const certificateStatusSchema = z.enum(['valid', 'revoked']);
export type CertificateStatus = z.infer<typeof certificateStatusSchema>;

/** At least 128 random bits, URL-safe (base64url). */
export const verifyCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,64}$/u, { message: 'Mã xác thực không hợp lệ' });
export const verifyCodeParamSchema = z.object({ verifyCode: verifyCodeSchema });

export const certificateSchema = z.object({
  id: z.uuid(),
  /** e.g. "125/GCN-SKHCN-2025". */
  serial: z.string(),
  registrationId: z.uuid(),
  conferenceId: z.uuid(),
  personId: z.uuid(),
  holderName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  verifyCode: z.string(),
  status: certificateStatusSchema,
  issuedAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedReason: z.string().nullable(),
  /** The revoked certificate this one replaces. */
  replacesId: z.uuid().nullable(),
  /** The certificate that replaced this one after revocation. */
  replacedById: z.uuid().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;
export const certificateListSchema = z.array(certificateSchema);

export const issueCertificatesResultSchema = z.object({
  issued: z.number().int(),
  certificates: z.array(
    z.object({ id: z.uuid(), serial: z.string(), personId: z.uuid(), verifyCode: z.string() }),
  ),
});
export type IssueCertificatesResult = z.infer<typeof issueCertificatesResultSchema>;

/**
 * What "Cấp giấy chứng nhận" would do now: how many certificates it would number (everyone
 * checked in who has none), the serials they would take if no other batch of the same register
 * is issued first, and the first certificate's holder in the batch's order.
 */
export const issuePreviewSchema = z.object({
  toIssue: z.number().int().nonnegative(),
  /** Null when there is nothing to issue. */
  firstSerial: z.string().nullable(),
  lastSerial: z.string().nullable(),
  first: z
    .object({
      /** Null once the person's data was erased. */
      fullName: z.string().nullable(),
      organizationName: z.string().nullable(),
    })
    .nullable(),
  /** Issuing is refused (409 CONFERENCE_NOT_HELD) until the conference is held. */
  conferenceHeld: z.boolean(),
});
export type IssuePreview = z.infer<typeof issuePreviewSchema>;

export const revokeCertificateBodySchema = z
  .object({
    reason: z
      .string({ message: 'Hãy ghi lý do thu hồi' })
      .max(1000)
      .transform(normalizeText)
      .pipe(z.string().min(3, { message: 'Hãy ghi lý do thu hồi' })),
  })
  .strict();
export type RevokeCertificateBody = z.infer<typeof revokeCertificateBodySchema>;

/** What anyone who scans a certificate sees: enough to catch a forgery, no other personal data. */
export const verifyResultSchema = z.object({
  valid: z.boolean(),
  revoked: z.boolean(),
  serial: z.string(),
  holderName: z.string().nullable(),
  conferenceTitle: z.string(),
  /** The conference's day, YYYY-MM-DD in Vietnam. */
  heldOn: z.string(),
  place: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  /** The serial of the certificate that replaced a revoked one. */
  replacedBySerial: z.string().nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

/**
 * The held conferences with their certificates counted: `GET /api/certificate-summary`. A
 * coordinator's figures count the registrations of the coordinator's organization (and its
 * branches), and list only the conferences it registered people in; everyone else's count all.
 */
export const certificateSummaryQuerySchema = pageQuerySchema.extend({
  campaignId: z.uuid().optional(),
  /** `true`: only the conferences that still have certificates to issue. */
  pending: z
    .enum(['true', 'false'], { message: 'pending là true hoặc false' })
    .transform((value) => value === 'true')
    .optional(),
  /** `xlsx`: every row (no paging) as an Excel workbook. */
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type CertificateSummaryQuery = z.infer<typeof certificateSummaryQuerySchema>;

const certificateCounts = {
  /** Who may hold one: the registrations checked in at the conference. */
  eligible: z.number().int().nonnegative(),
  /** Valid certificates. */
  issued: z.number().int().nonnegative(),
  /** Checked in and never issued one: what "Cấp giấy chứng nhận" would issue now. */
  toIssue: z.number().int().nonnegative(),
  /** Revoked and not issued again. */
  revoked: z.number().int().nonnegative(),
};

export const certificateSummaryRowSchema = z.object({
  conferenceId: z.uuid(),
  title: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  campaignId: z.uuid(),
  communeCode: z.string(),
  /** The commune as it was named on the conference's day. */
  communeName: z.string().nullable(),
  ...certificateCounts,
});
export type CertificateSummaryRow = z.infer<typeof certificateSummaryRowSchema>;

export const certificateSummarySchema = z.object({
  items: z.array(certificateSummaryRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Over every conference of the query, not only this page. */
  totals: z.object({ conferences: z.number().int().nonnegative(), ...certificateCounts }),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;
