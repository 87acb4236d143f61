import { useCallback } from 'react';
import {
  activityChannels,
  activityMetricKeys,
  auditEntities,
  checkInMethods,
  conferenceStatuses,
  consentSources,
  jobKinds,
  loginFailureReasons,
  loginLimitScopes,
  organizationKinds,
  roles,
  type AuditAction,
  type AuditEntity,
  type AuditEntry,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../../lib/code-labels';
import { formatDateTime } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Every field name the API writes into an audit entry's summary, and the names of the fields
 * inside those that are objects (an early check-in, a campaign's targets, an activity's
 * figures, a campaign's certificate layout, a file job's choices). Each has a label in
 * `audit.summaryFields`; a name from an older entry that is not here is shown as it is.
 */
export const auditSummaryFields = [
  // Certificates issued, revoked and reissued.
  'conferenceId',
  'issued',
  'first',
  'last',
  'serial',
  'reason',
  'replaces',
  'replacesSerial',
  // File jobs, and the loads of administrative units and their figures.
  'kind',
  'params',
  // Users.
  'username',
  'fullName',
  'role',
  'organizationId',
  'active',
  'password',
  'bootstrap',
  // Failed and locked sign-ins.
  'scope',
  'failures',
  'lockedSeconds',
  // Offline check-ins sent from a phone.
  'deviceId',
  'events',
  'applied',
  'duplicate',
  'rejected',
  'attended',
  'movedEarlier',
  'timesAdjusted',
  // Imported registrations and activities.
  'file',
  'format',
  'rows',
  'created',
  'matchedExisting',
  'alreadyRegistered',
  'translatedCommunes',
  // Registrations and check-ins.
  'personId',
  'claim',
  'method',
  'earlyCheckIn',
  'conferenceDay',
  'checkedInOn',
  // Housekeeping.
  'refreshTokens',
  'loginFailures',
  'rateLimits',
  'verificationLookups',
  'jobs',
  // Administrative units and their figures.
  'asOf',
  'province',
  'origin',
  'datasetId',
  'closed',
  'opened',
  'successions',
  'source',
  'figures',
  // Campaign targets.
  'removed',
  'items',
  'communeCode',
  'conferences',
  'participants',
  'leaflets',
  // Outreach activities.
  'campaignId',
  'channel',
  'title',
  'startsOn',
  'endsOn',
  'metrics',
  ...activityMetricKeys,
  'metricsAsOf',
  'link',
  'notes',
  // Leaflets.
  'quantity',
  'receivedOn',
  'note',
  'batchId',
  'deliveredOn',
  'receivedBy',
  // Organizations.
  'name',
  'districtCode',
  'parentId',
  // Conferences.
  'topic',
  'startsAt',
  'endsAt',
  'venue',
  'organizerIds',
  'trainers',
  'capacity',
  'forced',
  'conflicts',
  'from',
  'to',
  // The plan results report's texts.
  'documentNumber',
  'planReference',
  'generalAssessment',
  'recommendations',
  'recipients',
  // Campaigns.
  'year',
  'targetConferences',
  'targetParticipants',
  'targetLeaflets',
  'certificate',
  'parentBody',
  'issuer',
  'serialSuffix',
  'signerTitle',
  'signerName',
  'issuePlace',
  // People.
  'gender',
  'group',
  'phone',
  'birthYear',
  'membership',
  'consentSource',
  'retention',
  'retentionYears',
  'anonymized',
  // A file job's choices.
  'groupBy',
  'units',
  'decimal',
] as const;
export type AuditSummaryField = (typeof auditSummaryFields)[number];

/** What the API writes in place of a secret, and of a personal detail that was changed. */
const WITHHELD = '[redacted]';
const CHANGED = 'changed';
const fileFormats = ['csv', 'xlsx', 'pdf', 'docx'] as const;
/** The kinds of the loads of administrative units (`units:load`, `units:statistics`). */
export const unitLoadKinds = ['reorganization', 'statistics'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u;

/**
 * "conference" → "Hội nghị", "login_failure" → "Đăng nhập thất bại", and each summary field
 * named in words with its coded value said in words too ("role: leader" → "Vai trò: Lãnh đạo").
 * An entity or a field the web does not know (an entry older than its label) is shown as the
 * server names it.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const codes = useCodeLabels();
  const entityLabel = useCallback(
    (entity: string) =>
      isKnown<AuditEntity>(auditEntities, entity) ? t(`audit.entities.${entity}`) : entity,
    [t],
  );
  const actionLabel = useCallback((action: AuditAction) => t(`audit.actions.${action}`), [t]);

  /** A field's name in words; a status change says which status was before and which after. */
  const fieldLabel = useCallback(
    (key: string, entry: Pick<AuditEntry, 'action'>) => {
      if (entry.action === 'status_change' && (key === 'from' || key === 'to'))
        return t(`audit.statusChange.${key}`);
      return isKnown<AuditSummaryField>(auditSummaryFields, key)
        ? t(`audit.summaryFields.${key}`)
        : key;
    },
    [t],
  );

  /** A code in words where the interface has a word for it; otherwise the code itself. */
  const codeLabel = useCallback(
    (key: string, value: string, entry: Pick<AuditEntry, 'action' | 'entity'>): string => {
      if (value === WITHHELD) return t('audit.values.withheld');
      if (value === CHANGED && ['fullName', 'phone', 'birthYear', 'password'].includes(key))
        return t('audit.values.changed');
      switch (key) {
        case 'role':
          return isKnown(roles, value) ? t(`roles.${value}`) : value;
        case 'reason':
          return isKnown(loginFailureReasons, value) ? t(`audit.reasons.${value}`) : value;
        case 'scope':
          return isKnown(loginLimitScopes, value) ? t(`audit.lockScopes.${value}`) : value;
        case 'from':
        case 'to':
          if (entry.action === 'status_change' && isKnown(conferenceStatuses, value))
            return t(`conferences.status.${value}`);
          break;
        case 'kind':
          if (entry.entity === 'organization' && isKnown(organizationKinds, value))
            return t(`organizations.kinds.${value}`);
          if (entry.entity === 'job' && isKnown(jobKinds, value))
            return t(`audit.jobKinds.${value}`);
          if (isKnown(unitLoadKinds, value)) return t(`audit.unitLoads.${value}`);
          break;
        case 'channel':
          return isKnown(activityChannels, value)
            ? t(`planResults.channels.names.${value}`)
            : value;
        case 'gender':
          return codes.gender(value);
        case 'group':
          return codes.group(value);
        case 'consentSource':
          return isKnown(consentSources, value) ? t(`personForm.consentSources.${value}`) : value;
        case 'method':
          return isKnown(checkInMethods, value) ? t(`attendance.methods.${value}`) : value;
        case 'format':
          return isKnown(fileFormats, value) ? t(`common.fileFormats.${value}`) : value;
      }
      if (DAY.test(value)) return formatDate(value);
      if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
      return value;
    },
    [t, codes],
  );

  /** A value in words: yes or no, codes and days as the interface says them, objects field by field. */
  const valueLabel = useCallback(
    (key: string, value: unknown, entry: Pick<AuditEntry, 'action' | 'entity'>): string => {
      const say = (name: string, item: unknown): string => {
        if (item === null || item === undefined) return t('common.none');
        if (typeof item === 'boolean') return t(item ? 'audit.values.yes' : 'audit.values.no');
        if (typeof item === 'string') return codeLabel(name, item, entry);
        if (Array.isArray(item)) {
          const objects = item.some((inner) => typeof inner === 'object' && inner !== null);
          return item
            .map((inner) => (objects ? `(${say(name, inner)})` : say(name, inner)))
            .join(objects ? '; ' : ', ');
        }
        if (typeof item === 'object')
          return Object.entries(item as Record<string, unknown>)
            .map(([field, inner]) => `${fieldLabel(field, entry)}: ${say(field, inner)}`)
            .join(', ');
        return String(item);
      };
      return say(key, value);
    },
    [t, codeLabel, fieldLabel],
  );

  /**
   * The summary as [label, value] pairs in the order the server wrote them: "issued: 41" →
   * ["Số giấy đã cấp", "41"], "active: false" → ["Đang hoạt động", "Không"].
   */
  const labelledSummary = useCallback(
    (entry: Pick<AuditEntry, 'summary' | 'action' | 'entity'>): Array<[string, string]> =>
      Object.entries(entry.summary).map(([key, value]) => [
        fieldLabel(key, entry),
        valueLabel(key, value, entry),
      ]),
    [fieldLabel, valueLabel],
  );
  return { entityLabel, actionLabel, labelledSummary };
}
