import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface KpiCardProps {
  title: string;
  /** The headline figure, formatted. */
  value: string;
  /** "/ 70" beside the figure. */
  of: string;
  /** "Chỉ tiêu: 70 hội nghị". */
  caption: string;
  /** The progress bars. */
  children: ReactNode;
}

/** One key figure against its target, with its progress bars. */
export function KpiCard({ title, value, of, caption, children }: KpiCardProps) {
  const titleId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2.5, display: 'grid', gap: 1.5, alignContent: 'start', breakInside: 'avoid' }}
    >
      <Typography id={titleId} variant="h3" component="h3" color="text.secondary">
        {title}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="p" sx={{ fontSize: '2.25rem', fontWeight: 700, lineHeight: 1.1 }}>
          {value}
        </Typography>
        <Typography component="p" sx={{ fontSize: '1.25rem', color: 'text.secondary' }}>
          {of}
        </Typography>
      </Box>
      <Typography sx={{ fontWeight: 600 }}>{caption}</Typography>
      <Box sx={{ display: 'grid', gap: 1.5 }}>{children}</Box>
    </Paper>
  );
}
