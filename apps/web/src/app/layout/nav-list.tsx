import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { can } from '../../lib/permissions';
import { useCurrentUser } from '../../lib/use-session';
import { navItems, type NavItem } from './nav-items';

interface NavListProps {
  onNavigate?: () => void;
}

const activeStyles = {
  mx: 1,
  borderRadius: 1,
  '&.active': { bgcolor: 'primary.main', color: 'primary.contrastText' },
  '&.active .MuiListItemIcon-root': { color: 'primary.contrastText' },
  '&.active:hover': { bgcolor: 'primary.dark' },
};

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { labelKey, icon: Icon, to } = item;
  // Each entry is a list item holding its link, so the list reads as a list of pages.
  if (!to) {
    return (
      <ListItem disablePadding>
        <ListItemButton disabled sx={{ mx: 1, borderRadius: 1 }}>
          <ListItemIcon>
            <Icon />
          </ListItemIcon>
          <ListItemText primary={t(labelKey)} secondary={t('nav.comingSoon')} />
        </ListItemButton>
      </ListItem>
    );
  }
  // A filtered list of another page (`/conferences?status=held`) is never the current page: a
  // plain link, so the page's own entry alone shows as current.
  const filtered = to.includes('?');
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={filtered ? Link : NavLink}
        to={to}
        onClick={onNavigate}
        sx={activeStyles}
      >
        <ListItemIcon>
          <Icon />
        </ListItemIcon>
        <ListItemText primary={t(labelKey)} />
      </ListItemButton>
    </ListItem>
  );
}

/** The pages of the signed-in role: each role sees only what it may use. */
export function NavList({ onNavigate }: NavListProps) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const visible = navItems.filter((item) => can(role, item.permission));
  const work = visible.filter((item) => !item.admin);
  const admin = visible.filter((item) => item.admin);
  return (
    <nav aria-label={t('nav.label')}>
      <List>
        {work.map((item) => (
          <NavEntry key={item.labelKey} item={item} onNavigate={onNavigate} />
        ))}
      </List>
      {admin.length > 0 && (
        <List subheader={<ListSubheader component="li">{t('nav.adminSection')}</ListSubheader>}>
          {admin.map((item) => (
            <NavEntry key={item.labelKey} item={item} onNavigate={onNavigate} />
          ))}
        </List>
      )}
    </nav>
  );
}
