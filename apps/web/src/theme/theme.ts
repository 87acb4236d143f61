import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as coreEnUS, viVN as coreViVN } from '@mui/material/locale';
import type {} from '@mui/x-data-grid/themeAugmentation';
import type { Language } from '../i18n/languages';

// MUI core texts only; the DataGrid and date pickers get theirs from components/data-grid.tsx
// and components/date-pickers-provider.tsx, which load with the pages that use them.
const locales = { vi: coreViVN, en: coreEnUS } as const;

/**
 * A sober government palette: deep blue primary (white text 10.8:1), dark red secondary
 * (white text 7.8:1); body text #1a2233 on the #f4f6fa background (14.7:1). Warning is a dark
 * amber (white text 5.6:1, as text 5.1:1 on the background) and info a dark blue (7.4:1): MUI's
 * defaults (3.1:1 and 3.9:1) fail on filled chips and alerts. All pairs pass WCAG AA.
 */
export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#0b3a82', light: '#3d63a8', dark: '#072a5e', contrastText: '#ffffff' },
        secondary: { main: '#a4161a', contrastText: '#ffffff' },
        warning: { main: '#a84f00', contrastText: '#ffffff' },
        info: { main: '#01579b', contrastText: '#ffffff' },
        background: { default: '#f4f6fa', paper: '#ffffff' },
        text: { primary: '#1a2233', secondary: '#4a5568' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily:
          '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, system-ui, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.3 },
        h2: { fontSize: '1.35rem', fontWeight: 600, lineHeight: 1.35 },
        h3: { fontSize: '1.1rem', fontWeight: 600, lineHeight: 1.4 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiDataGrid: {
          defaultProps: { density: 'compact', disableColumnMenu: false },
          styleOverrides: {
            root: { backgroundColor: '#ffffff' },
            columnHeaderTitle: { fontWeight: 600 },
          },
        },
        MuiLink: { defaultProps: { underline: 'always' } },
      },
    },
    locales[language],
  );
}
