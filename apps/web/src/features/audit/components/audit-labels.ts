import { useCallback } from 'react';
import type { AuditAction } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';

/** The entities the log records today; later features add theirs here. */
export const auditEntities = ['user', 'organization', 'campaign', 'conference', 'session'] as const;
type AuditEntity = (typeof auditEntities)[number];

const isKnownEntity = (entity: string): entity is AuditEntity =>
  (auditEntities as readonly string[]).includes(entity);

/** "conference" → "Hội nghị"; an entity without a label yet is shown as the server names it. */
export function useAuditLabels() {
  const { t } = useTranslation();
  const entityLabel = useCallback(
    (entity: string) => (isKnownEntity(entity) ? t(`audit.entities.${entity}`) : entity),
    [t],
  );
  const actionLabel = useCallback((action: AuditAction) => t(`audit.actions.${action}`), [t]);
  return { entityLabel, actionLabel };
}
