import { Outlet } from 'react-router';
import { usePermission, type Permission } from '../../lib/permissions';
import { NoPermissionRoute } from '../routes/no-permission';

/** The pages below are for the roles that have `permission`; others see why they cannot enter. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const allowed = usePermission(permission);
  return allowed ? <Outlet /> : <NoPermissionRoute />;
}
