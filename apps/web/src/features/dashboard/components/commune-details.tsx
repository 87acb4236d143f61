import { useId } from 'react';
import type { Dashboard } from '@canhgiac/contracts';
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '../../../components/definition-list';
import { useNumberFormat } from '../../../lib/format';
import { ReachTile } from './commune-reach';

export type CommuneFigures = Dashboard['communes'][number];

interface CommuneDetailsProps {
  commune: CommuneFigures | null;
  /** The tile it opened from: it shows beside it, and focus returns to it on closing. */
  anchor: HTMLElement | null;
  onClose: () => void;
}

/**
 * A commune's name, reach and figures, opened by a tap, a click or Enter on its tile: a hover
 * tooltip alone reaches no phone and no keyboard. Closed by Escape, a tap outside or "Đóng".
 */
export function CommuneDetails({ commune, anchor, onClose }: CommuneDetailsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const formatNumber = useNumberFormat();
  const open = commune !== null && anchor !== null;
  return (
    <Popover
      open={open}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      transformOrigin={{ vertical: 'top', horizontal: 'center' }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-labelledby': titleId,
          sx: { p: 2, pt: 1.5, maxWidth: 'min(340px, calc(100vw - 32px))' },
        },
      }}
    >
      {commune && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1 }}>
            <Typography id={titleId} component="h3" sx={{ fontWeight: 700, flex: 1, pt: 0.75 }}>
              {commune.name}
            </Typography>
            <IconButton aria-label={t('common.close')} onClick={onClose} edge="end">
              <Close />
            </IconButton>
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
            <ReachTile reach={commune.status} />
            <span>{t(`dashboard.coverage.${commune.status}`)}</span>
          </Box>
          <DefinitionList
            rows={[
              [t('dashboard.charts.conferencesHeld'), formatNumber(commune.conferencesHeld)],
              [t('dashboard.charts.participants'), formatNumber(commune.participants)],
            ]}
          />
        </>
      )}
    </Popover>
  );
}
