import { useId, useState } from 'react';
import AccountCircle from '@mui/icons-material/AccountCircle';
import Logout from '@mui/icons-material/Logout';
import Person from '@mui/icons-material/Person';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signOut } from '../../lib/session';
import { useCurrentUser } from '../../lib/use-session';
import { paths } from '../../lib/paths';

/** The signed-in user's name and role, with "Tài khoản của tôi" and "Đăng xuất". */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (!user) return null;

  const openAccount = () => {
    setAnchor(null);
    void navigate(paths.account);
  };
  const leave = () => {
    setAnchor(null);
    // Ends the session even when the server cannot be reached; the guard then opens /login.
    void signOut().catch(() => undefined);
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, ml: 1, minWidth: 0 }}>
      <Box sx={{ textAlign: 'right', display: { xs: 'none', sm: 'block' }, minWidth: 0 }}>
        <Typography component="p" variant="body2" noWrap sx={{ fontWeight: 600 }}>
          {user.fullName}
        </Typography>
        <Typography component="p" variant="caption" noWrap>
          {t(`roles.${user.role}`)}
        </Typography>
      </Box>
      <IconButton
        color="inherit"
        aria-label={t('userMenu.label')}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <AccountCircle />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <MenuItem disabled sx={{ display: { sm: 'none' }, opacity: '1 !important' }}>
          <ListItemText primary={user.fullName} secondary={t(`roles.${user.role}`)} />
        </MenuItem>
        <MenuItem onClick={openAccount}>
          <ListItemIcon>
            <Person fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.account')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={leave}>
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
    </Box>
  );
}
