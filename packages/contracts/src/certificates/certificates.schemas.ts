import { z } from 'zod';
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
