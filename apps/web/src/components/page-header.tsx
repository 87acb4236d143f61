import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  /** Buttons on the right (for example "Thêm …"). */
  actions?: ReactNode;
}

/** The h1 of a page with its one-line purpose. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  return (
    <Box
      component="header"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
    >
      <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
        <Typography variant="h1" sx={{ mb: intro ? 1 : 0 }}>
          {title}
        </Typography>
        {intro && <Typography color="text.secondary">{intro}</Typography>}
      </Box>
      {/* Actions may shrink to the screen's width: a long campaign name then ends in "…". */}
      {actions && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', minWidth: 0, maxWidth: '100%' }}>
          {actions}
        </Box>
      )}
    </Box>
  );
}
