import { useId } from 'react';
import Box from '@mui/material/Box';
import LinearProgress, { type LinearProgressProps } from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

interface LabelledProgressProps {
  label: string;
  /** The figures written out, e.g. "5.300/20.000 tờ (27%)"; also read by screen readers. */
  text: string;
  /** Percent; bars stop at 100 even when the figure goes beyond the target. */
  percent: number;
  note?: string;
  color?: LinearProgressProps['color'];
}

export const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 100) : 0;

/** A named progress bar with its figures, for stock and targets. */
export function LabelledProgress({ label, text, percent, note, color }: LabelledProgressProps) {
  const labelId = useId();
  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1 }}>
        <Typography id={labelId} sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography>{text}</Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.max(0, Math.min(100, percent))}
        color={color}
        aria-labelledby={labelId}
        aria-valuetext={text}
        sx={{ height: 10, borderRadius: 5, mt: 0.75 }}
      />
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {note}
        </Typography>
      )}
    </Box>
  );
}
