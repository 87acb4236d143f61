import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ConferenceTabPanelProps } from './conference-tab-registry';

/** The honest empty state of a tab whose feature is not built yet. */
export function ComingSoonPanel({ tabKey }: ConferenceTabPanelProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
      <ConstructionOutlined sx={{ fontSize: 40, mb: 1 }} aria-hidden />
      <Typography variant="h3" component="h3" color="text.primary" sx={{ mb: 1 }}>
        {t('conferenceTabs.comingSoonTitle', { tab: t(`conferenceTabs.${tabKey}`) })}
      </Typography>
      <Typography>{t(`conferenceTabs.comingSoon.${tabKey}`)}</Typography>
    </Box>
  );
}
