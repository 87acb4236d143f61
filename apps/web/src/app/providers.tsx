import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { useCurrentUser } from '../lib/use-session';
import { createAppTheme } from '../theme/theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Data fetched for one user is never shown to the next: the cache empties when the user changes. */
function useCacheOfOneUser(queryClient: QueryClient) {
  const userId = useCurrentUser()?.id ?? null;
  const previous = useRef(userId);
  useEffect(() => {
    if (previous.current !== null && previous.current !== userId) queryClient.clear();
    previous.current = userId;
  }, [queryClient, userId]);
}

/** Server state, and the theme with MUI's texts in the UI language (switched with it). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const theme = useMemo(() => createAppTheme(language), [language]);
  useCacheOfOneUser(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}
