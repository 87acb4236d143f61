import { useCallback } from 'react';
import {
  auditEntities,
  loginFailureReasons,
  loginLimitScopes,
  type AuditAction,
  type AuditEntity,
  type AuditEntry,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * "conference" → "Hội nghị", "login_failure" → "Đăng nhập thất bại", and the summary's coded
 * reasons in words. An entity the contracts do not know (an entry older than its label) is
 * shown as the server names it.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const entityLabel = useCallback(
    (entity: string) =>
      isKnown<AuditEntity>(auditEntities, entity) ? t(`audit.entities.${entity}`) : entity,
    [t],
  );
  const actionLabel = useCallback((action: AuditAction) => t(`audit.actions.${action}`), [t]);
  /** The summary with its reason (and a sign-in limit's scope) named in words. */
  const labelledSummary = useCallback(
    (entry: Pick<AuditEntry, 'summary'>): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(entry.summary).map(([key, value]) => {
          if (key === 'reason')
            return [
              t('audit.summaryFields.reason'),
              isKnown(loginFailureReasons, value) ? t(`audit.reasons.${value}`) : value,
            ];
          if (key === 'scope' && isKnown(loginLimitScopes, value))
            return [t('audit.summaryFields.scope'), t(`audit.lockScopes.${value}`)];
          return [key, value];
        }),
      ),
    [t],
  );
  return { entityLabel, actionLabel, labelledSummary };
}
