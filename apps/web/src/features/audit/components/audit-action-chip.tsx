import type { AuditAction } from '@canhgiac/contracts';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useAuditLabels } from './audit-labels';

/** Refused or locked sign-ins stand out; what removes or undoes something is marked. */
export function auditActionColor(action: AuditAction): ChipProps['color'] {
  switch (action) {
    case 'login_failure':
    case 'login_locked':
      return 'error';
    case 'delete':
    case 'erase':
    case 'revoke':
    case 'cancel':
      return 'warning';
    default:
      return 'default';
  }
}

/** What was done, in words (colour only adds to them). */
export function AuditActionChip({ action }: { action: AuditAction }) {
  const { actionLabel } = useAuditLabels();
  const color = auditActionColor(action);
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={actionLabel(action)}
    />
  );
}
