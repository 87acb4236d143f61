import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { CommuneReach } from '@canhgiac/contracts';
import Check from '@mui/icons-material/Check';
import Schedule from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';

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

const tileLook = (reach: CommuneReach) => {
  const look = looks[reach];
  return {
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
  } as const;
};

function Mark({ reach }: { reach: CommuneReach }) {
  const Icon = reach === 'reached' ? Check : reach === 'planned' ? Schedule : null;
  return Icon && <Icon sx={{ fontSize: 16, flexShrink: 0 }} />;
}

/** A reach's swatch, beside its words (the legend, a commune's details): decoration. */
export function ReachTile({ reach }: { reach: CommuneReach }) {
  return (
    <Box component="span" aria-hidden sx={tileLook(reach)}>
      <Mark reach={reach} />
    </Box>
  );
}

interface CommuneTileProps extends Omit<ComponentPropsWithoutRef<'button'>, 'color'> {
  reach: CommuneReach;
  /** The commune's name: on paper, written in the tile (on screen it opens in the details). */
  name: string;
  /** Name and reach, for assistive technology and as the hover hint. */
  label: string;
}

/**
 * A commune on the map: a button that opens its details (a tap, a click, Enter or Space). In
 * print there is nothing to tap, so the tile widens and writes the commune's name.
 */
export const CommuneTile = forwardRef<HTMLButtonElement, CommuneTileProps>(function CommuneTile(
  { reach, name, label, ...button },
  ref,
) {
  return (
    <ButtonBase
      ref={ref}
      {...button}
      aria-label={label}
      title={label}
      data-print="show"
      sx={{
        ...tileLook(reach),
        // A finger's target: 24 px tiles with the gaps between them, and a clear focus ring.
        '&.Mui-focusVisible, &:focus-visible': {
          outline: '3px solid #0b3a82',
          outlineOffset: 2,
        },
        '@media print': {
          width: '100%',
          height: 'auto',
          minHeight: 22,
          justifyContent: 'flex-start',
          gap: 0.5,
          px: 0.5,
          py: 0.25,
          fontSize: '7.5pt',
          lineHeight: 1.2,
          textAlign: 'left',
        },
      }}
    >
      <Mark reach={reach} />
      <Box component="span" sx={{ display: 'none', '@media print': { display: 'inline' } }}>
        {name}
      </Box>
    </ButtonBase>
  );
});
