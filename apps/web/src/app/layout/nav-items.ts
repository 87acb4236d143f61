import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import type { vi } from '../../i18n/vi';
import type { Permission } from '../../lib/permissions';
import { paths } from '../../lib/paths';

export interface NavItem {
  labelKey: `nav.${Exclude<keyof typeof vi.nav, 'label' | 'open' | 'comingSoon' | 'adminSection'>}`;
  icon: SvgIconComponent;
  /** Only roles with this permission see the item. */
  permission: Permission;
  /** Absent for pages that later issues build: listed, but disabled. */
  to?: string;
  /** Administration items are listed apart, below the others. */
  admin?: boolean;
}

export const navItems: NavItem[] = [
  {
    labelKey: 'nav.dashboard',
    icon: DashboardOutlined,
    permission: 'dashboard.view',
    to: paths.dashboard,
  },
  {
    labelKey: 'nav.campaigns',
    icon: CampaignOutlined,
    permission: 'campaigns.view',
    to: paths.campaigns,
  },
  {
    labelKey: 'nav.conferences',
    icon: EventOutlined,
    permission: 'conferences.view',
    to: paths.conferences,
  },
  { labelKey: 'nav.people', icon: GroupsOutlined, permission: 'people.view', to: paths.people },
  {
    // Who may hold one and how they are issued, then each held conference's count, leading to
    // the conference's own certificates.
    labelKey: 'nav.certificates',
    icon: WorkspacePremiumOutlined,
    permission: 'certificates.view',
    to: paths.certificates,
  },
  {
    labelKey: 'nav.leaflets',
    icon: DescriptionOutlined,
    permission: 'leaflets.view',
    to: paths.leaflets,
  },
  {
    labelKey: 'nav.reports',
    icon: AssessmentOutlined,
    permission: 'reports.view',
    to: paths.reports,
  },
  {
    labelKey: 'nav.reference',
    icon: AccountTreeOutlined,
    permission: 'reference.view',
    to: paths.reference,
  },
  {
    labelKey: 'nav.users',
    icon: ManageAccountsOutlined,
    permission: 'users.manage',
    to: paths.users,
    admin: true,
  },
  {
    labelKey: 'nav.audit',
    icon: HistoryOutlined,
    permission: 'audit.view',
    to: paths.audit,
    admin: true,
  },
];
