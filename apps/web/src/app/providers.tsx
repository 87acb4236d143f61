import { type ReactNode, useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { createAppTheme } from '../theme/theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, and the theme with MUI's texts in the UI language (switched with it). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}
