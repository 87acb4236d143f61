import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navItems } from './nav-items';

interface NavListProps {
  onNavigate?: () => void;
}

export function NavList({ onNavigate }: NavListProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <List>
        {navItems.map(({ labelKey, icon: Icon, to }) =>
          to ? (
            <ListItemButton
              key={labelKey}
              component={NavLink}
              to={to}
              onClick={onNavigate}
              sx={{
                mx: 1,
                borderRadius: 1,
                '&.active': { bgcolor: 'primary.main', color: 'primary.contrastText' },
                '&.active .MuiListItemIcon-root': { color: 'primary.contrastText' },
                '&.active:hover': { bgcolor: 'primary.dark' },
              }}
            >
              <ListItemIcon>
                <Icon />
              </ListItemIcon>
              <ListItemText primary={t(labelKey)} />
            </ListItemButton>
          ) : (
            <ListItemButton key={labelKey} disabled sx={{ mx: 1, borderRadius: 1 }}>
              <ListItemIcon>
                <Icon />
              </ListItemIcon>
              <ListItemText primary={t(labelKey)} secondary={t('nav.comingSoon')} />
            </ListItemButton>
          ),
        )}
      </List>
    </nav>
  );
}
