import { auditActions } from '@canhgiac/contracts';
import { describe, expect, it } from 'vitest';
import { auditActionColor } from './audit-action-chip';

describe('the colour of an audit entry’s action chip', () => {
  it('marks refused and locked sign-ins as errors', () => {
    expect(auditActionColor('login_failure')).toBe('error');
    expect(auditActionColor('login_locked')).toBe('error');
  });

  it('marks what removes or undoes something as a warning', () => {
    for (const action of ['delete', 'erase', 'revoke', 'cancel'] as const) {
      expect(auditActionColor(action), action).toBe('warning');
    }
  });

  it('leaves everyday work plain', () => {
    const plain = auditActions.filter((action) => auditActionColor(action) === 'default');
    expect(plain).toEqual(expect.arrayContaining(['create', 'update', 'login_success', 'logout']));
    expect(plain).toHaveLength(auditActions.length - 6);
  });
});
