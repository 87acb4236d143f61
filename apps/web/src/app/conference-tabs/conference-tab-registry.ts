import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ConferenceTabKey, ConferenceTabPanelProps } from '../../lib/conference-tab';
import type { Permission } from '../../lib/permissions';

export interface ConferenceTab {
  key: ConferenceTabKey;
  /** Only roles with this permission see the tab. */
  permission: Permission;
  /** Loaded the first time the tab opens: each feature's panel is a chunk of its own. */
  Panel: LazyExoticComponent<ComponentType<ConferenceTabPanelProps>>;
}

/**
 * The tabs of the conference page. A feature fills its tab by replacing its `Panel` with
 * `lazy(() => import('../../features/<feature>/components/<panel>').then(…))`, one line each,
 * so features never touch each other or the page.
 */
export const conferenceTabs: ConferenceTab[] = [
  {
    key: 'registrations',
    permission: 'registrations.view',
    Panel: lazy(() =>
      import('../../features/registrations/components/registrations-panel').then((module) => ({
        default: module.RegistrationsPanel,
      })),
    ),
  },
  {
    key: 'attendance',
    permission: 'attendance.view',
    Panel: lazy(() =>
      import('../../features/attendance/components/attendance-panel').then((module) => ({
        default: module.AttendancePanel,
      })),
    ),
  },
  {
    key: 'certificates',
    permission: 'certificates.view',
    Panel: lazy(() =>
      import('../../features/certificates/components/certificates-panel').then((module) => ({
        default: module.CertificatesPanel,
      })),
    ),
  },
  {
    // Staff's work at the conference; leadership reads leaflets on the leaflets page.
    key: 'leaflets',
    permission: 'leaflets.manage',
    Panel: lazy(() =>
      import('../../features/leaflets/components/conference-leaflets-panel').then((module) => ({
        default: module.ConferenceLeafletsPanel,
      })),
    ),
  },
];
