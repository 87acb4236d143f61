import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import type { vi } from '../../i18n/vi';
import { paths } from '../paths';

export interface NavItem {
  labelKey: `nav.${Exclude<keyof typeof vi.nav, 'label' | 'open' | 'comingSoon'>}`;
  icon: SvgIconComponent;
  /** Absent for pages that later issues build: listed, but disabled. */
  to?: string;
}

export const navItems: NavItem[] = [
  { labelKey: 'nav.dashboard', icon: DashboardOutlined },
  { labelKey: 'nav.campaigns', icon: CampaignOutlined },
  { labelKey: 'nav.conferences', icon: EventOutlined },
  { labelKey: 'nav.people', icon: GroupsOutlined },
  { labelKey: 'nav.certificates', icon: WorkspacePremiumOutlined },
  { labelKey: 'nav.leaflets', icon: DescriptionOutlined },
  { labelKey: 'nav.reports', icon: AssessmentOutlined },
  { labelKey: 'nav.reference', icon: AccountTreeOutlined, to: paths.reference },
];
