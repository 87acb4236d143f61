import type { CommuneReach } from '@canhgiac/contracts';
import Check from '@mui/icons-material/Check';
import Schedule from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';

export const communeReaches: CommuneReach[] = ['reached', 'planned', 'not_reached'];

/**
 * A commune's reach as a colour and a mark (✓ held, clock scheduled, empty not reached), so
 * colour is never the only cue. Marks on their fills pass WCAG's 3:1 for graphics.
 */
const looks: Record<CommuneReach, { bg: string; fg: string; border: string }> = {
  reached: { bg: '#1b5e20', fg: '#ffffff', border: '#1b5e20' },
  planned: { bg: '#ffe08a', fg: '#5c3b00', border: '#b07d00' },
  not_reached: { bg: '#ffffff', fg: '#5a5f66', border: '#8a93a3' },
};

interface ReachTileProps {
  reach: CommuneReach;
  /** Named tiles are images for assistive technology; legend swatches are decoration. */
  label?: string;
}

export function ReachTile({ reach, label }: ReachTileProps) {
  const look = looks[reach];
  const Mark = reach === 'reached' ? Check : reach === 'planned' ? Schedule : null;
  return (
    <Box
      component="span"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      title={label}
      sx={{
        width: 24,
        height: 24,
        flexShrink: 0,
        borderRadius: 0.75,
        border: 1.5,
        borderColor: look.border,
        bgcolor: look.bg,
        color: look.fg,
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        printColorAdjust: 'exact',
        WebkitPrintColorAdjust: 'exact',
      }}
    >
      {Mark && <Mark sx={{ fontSize: 16 }} />}
    </Box>
  );
}
