import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import type { DownloadProgress } from '../lib/download-file';

interface DownloadButtonProps {
  label: string;
  /** What the button says while the file arrives, given the percent (null: size unknown). */
  busyLabel: (percent: number | null) => string;
  progress: DownloadProgress | null;
  onClick: () => void;
  disabled?: boolean;
  startIcon?: ReactNode;
  variant?: ButtonProps['variant'];
}

export function progressPercent(progress: DownloadProgress | null): number | null {
  if (!progress?.total) return null;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}

/**
 * A button that downloads a file: while it arrives, it shows a spinner (with the percent when
 * the size is known) and says so, so a slow export on a rural connection is not clicked twice.
 */
export function DownloadButton(props: DownloadButtonProps) {
  const { label, busyLabel, progress, onClick, disabled, startIcon, variant = 'outlined' } = props;
  const busy = progress !== null;
  const percent = progressPercent(progress);
  return (
    <Button
      variant={variant}
      onClick={onClick}
      disabled={disabled || busy}
      aria-busy={busy}
      startIcon={
        busy ? (
          <Box component="span" sx={{ display: 'inline-flex' }}>
            <CircularProgress
              size={18}
              variant={percent === null ? 'indeterminate' : 'determinate'}
              value={percent ?? undefined}
              aria-hidden
            />
          </Box>
        ) : (
          startIcon
        )
      }
    >
      {busy ? busyLabel(percent) : label}
    </Button>
  );
}
