import type { ReactElement } from 'react';
import Block from '@mui/icons-material/Block';
import CheckCircle from '@mui/icons-material/CheckCircle';
import HourglassTop from '@mui/icons-material/HourglassTop';
import SearchOff from '@mui/icons-material/SearchOff';
import WifiOff from '@mui/icons-material/WifiOff';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';

export type VerifyState = 'valid' | 'revoked' | 'notFound' | 'tooMany' | 'failed';

/** Dark text on a light tint of the same hue: every pair above 7:1 (WCAG AAA). */
const looks: Record<VerifyState, { icon: ReactElement; color: string; background: string }> = {
  valid: { icon: <CheckCircle />, color: '#0b4d1a', background: '#e3f4e6' },
  revoked: { icon: <Block />, color: '#7a0b0b', background: '#fde7e7' },
  notFound: { icon: <SearchOff />, color: '#5a3300', background: '#fff1d6' },
  tooMany: { icon: <HourglassTop />, color: '#1a2a4d', background: '#e6ecf7' },
  failed: { icon: <WifiOff />, color: '#1a2a4d', background: '#e6ecf7' },
};

interface VerifyStatusProps {
  state: VerifyState;
  vi: TFunction;
  en: TFunction;
}

/** The answer in one glance: icon, colour and the word, in Vietnamese with English below. */
export function VerifyStatus({ state, vi, en }: VerifyStatusProps) {
  const look = looks[state];
  return (
    <Box
      role="status"
      sx={{
        display: 'flex',
        // On a phone the icon stands above the words, which then get the full width.
        flexDirection: { xs: 'column', sm: 'row' },
        gap: { xs: 1, sm: 2 },
        alignItems: { xs: 'flex-start', sm: 'center' },
        p: { xs: 2, sm: 3 },
        borderRadius: 2,
        border: 3,
        borderColor: look.color,
        bgcolor: look.background,
        color: look.color,
        '& svg': { fontSize: { xs: 64, sm: 80 }, flexShrink: 0 },
      }}
    >
      {look.icon}
      <div>
        <Typography
          component="p"
          sx={{ fontSize: { xs: '2.25rem', sm: '2.75rem' }, fontWeight: 800, lineHeight: 1.1 }}
        >
          {vi(`verify.${state}`)}
        </Typography>
        <Typography component="p" lang="en" sx={{ fontSize: '1.25rem', fontWeight: 700 }}>
          {en(`verify.${state}`)}
        </Typography>
        <Typography component="p" sx={{ fontSize: '1.25rem', mt: 1 }}>
          {vi(`verify.${state}Body`)}
        </Typography>
        <Typography component="p" lang="en" sx={{ fontSize: '1.125rem' }}>
          {en(`verify.${state}Body`)}
        </Typography>
      </div>
    </Box>
  );
}
