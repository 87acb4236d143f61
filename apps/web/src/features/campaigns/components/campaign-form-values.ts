import {
  createCampaignBodySchema,
  type Campaign,
  type CertificateSettings,
  type CreateCampaignBody,
  type UpdateCampaignBody,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { todayInVietnam } from '../../../lib/date-time';

export type CampaignFormValues = z.input<typeof createCampaignBodySchema>;

export const campaignFields = [
  'name',
  'year',
  'startsOn',
  'endsOn',
  'targetConferences',
  'targetParticipants',
  'targetLeaflets',
] as const;

/** The certificate settings, in the order they are shown (pairs side by side). */
export const certificateFields = [
  'parentBody',
  'issuer',
  'serialSuffix',
  'issuePlace',
  'signerTitle',
  'signerName',
] as const satisfies readonly (keyof CertificateSettings)[];

/** Every field of the form, in the order a server error should focus them. */
export const formFields = [
  ...campaignFields,
  ...certificateFields.map((field) => `certificate.${field}` as const),
] as const;

const emptySettings = Object.fromEntries(certificateFields.map((field) => [field, ''])) as Record<
  keyof CertificateSettings,
  string
>;

export function formDefaults(campaign: Campaign | null): Partial<CampaignFormValues> {
  if (campaign) {
    return {
      ...Object.fromEntries(campaignFields.map((field) => [field, campaign[field]])),
      certificate: { ...campaign.certificate },
    };
  }
  const year = Number(todayInVietnam().slice(0, 4));
  return {
    name: '',
    year,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    certificate: emptySettings,
  };
}

/** A new campaign sends only the certificate settings typed in: the server has the defaults. */
function withoutEmptySettings(values: CampaignFormValues): CampaignFormValues {
  const { certificate, ...rest } = values;
  const typed = Object.entries(certificate ?? {}).filter(([, value]) => value?.trim());
  return typed.length > 0 ? { ...rest, certificate: Object.fromEntries(typed) } : rest;
}

const resolveForm = zodResolver(createCampaignBodySchema);

/**
 * The contract's create schema checks the whole form. A new campaign leaves empty certificate
 * settings to the server's defaults; an edited one must keep them filled in (but the signer's
 * name, which may be empty).
 */
export function campaignResolver(
  editing: boolean,
): Resolver<CampaignFormValues, unknown, CreateCampaignBody> {
  if (editing) return resolveForm;
  return (values, context, options) => resolveForm(withoutEmptySettings(values), context, options);
}

/** What the form changes on an existing campaign; the certificate settings, only those changed. */
export function changedFields(values: CreateCampaignBody, campaign: Campaign): UpdateCampaignBody {
  const changed = campaignFields.filter((field) => values[field] !== campaign[field]);
  const body: UpdateCampaignBody = Object.fromEntries(
    changed.map((field) => [field, values[field]]),
  );
  const settings = values.certificate ?? {};
  const certificate = certificateFields.filter(
    (field) => settings[field] !== undefined && settings[field] !== campaign.certificate[field],
  );
  if (certificate.length > 0) {
    body.certificate = Object.fromEntries(certificate.map((field) => [field, settings[field]]));
  }
  return body;
}

/** "1/GCN-SKHCN-2026": how the campaign's first certificate number reads. */
export function sampleSerial(suffix: string | undefined, year: number | null | undefined) {
  const typed = suffix?.trim().toUpperCase();
  if (!typed || !Number.isInteger(year)) return null;
  return `1/${typed}-${year}`;
}
