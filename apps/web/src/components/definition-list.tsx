import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

interface DefinitionListProps {
  /** Label and value, one pair a line. */
  rows: Array<[string, ReactNode]>;
  /** Space between the lines (theme spacing). */
  rowGap?: number;
  /** Values keep their line breaks (a note, a reason). */
  preLine?: boolean;
  /** Values in a fixed-width font (identifiers, addresses). */
  mono?: boolean;
}

/** Labels and their values side by side (under each other on a phone), as a `dl`. */
export function DefinitionList({ rows, rowGap = 0.75, preLine, mono }: DefinitionListProps) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 3,
        rowGap,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': {
          m: 0,
          overflowWrap: 'anywhere',
          ...(preLine && { whiteSpace: 'pre-line' }),
          ...(mono && { fontFamily: 'monospace' }),
        },
      }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
