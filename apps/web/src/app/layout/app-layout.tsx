import { useState } from 'react';
import Menu from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { NavList } from './nav-list';
import { UserMenu } from './user-menu';

const drawerWidth = 272;

/** The shell: top bar, left navigation (a permanent drawer on desktop, a modal one on phones). */
export function AppLayout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const isDesktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [mobileOpen, setMobileOpen] = useState(false);
  const navigation = useNavigation();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main-content"
        sx={{
          position: 'absolute',
          left: -9999,
          zIndex: (th) => th.zIndex.tooltip,
          '&:focus': { left: 8, top: 8, p: 1, bgcolor: 'background.paper' },
        }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar>
          {!isDesktop && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('nav.open')}
              aria-expanded={mobileOpen}
              onClick={() => setMobileOpen(true)}
              sx={{ mr: 1 }}
            >
              <Menu />
            </IconButton>
          )}
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography component="p" variant="h6" noWrap sx={{ fontWeight: 700, lineHeight: 1.2 }}>
              {t('app.name')}
            </Typography>
            <Typography
              component="p"
              variant="caption"
              noWrap
              sx={{ display: { xs: 'none', sm: 'block' } }}
            >
              {t('app.tagline')}
            </Typography>
          </Box>
          <LanguageSwitch />
          <UserMenu />
        </Toolbar>
        {navigation.state === 'loading' && (
          <LinearProgress color="secondary" aria-label={t('app.loading')} />
        )}
      </AppBar>
      <Drawer
        variant={isDesktop ? 'permanent' : 'temporary'}
        open={isDesktop || mobileOpen}
        onClose={() => setMobileOpen(false)}
        // On a phone the drawer opens as a dialog over the page: named like the navigation in it.
        slotProps={isDesktop ? undefined : { paper: { 'aria-label': t('nav.label') } }}
        sx={{
          width: { md: drawerWidth },
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <NavList onNavigate={() => setMobileOpen(false)} />
      </Drawer>
      <Box
        component="main"
        id="main-content"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, outline: 'none' }}
      >
        <Toolbar />
        <Outlet />
      </Box>
    </Box>
  );
}
