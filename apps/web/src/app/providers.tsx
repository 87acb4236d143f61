import { type ReactNode, useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dayjsLocales, toLanguage } from '../i18n/languages';
import { createAppTheme } from '../theme/theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, theme and MUI/MUI X locales (switched with the UI language). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={dayjsLocales[language]}>
          {children}
        </LocalizationProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
