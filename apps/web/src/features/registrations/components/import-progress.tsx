import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../../lib/api-upload';

/** The bytes sent while the file uploads, then an indeterminate bar while the server works. */
export function ImportProgress({ progress }: { progress: UploadProgress | null }) {
  const { t } = useTranslation();
  const uploading = progress?.phase === 'uploading';
  const percent =
    uploading && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const text = uploading
    ? t('registrations.import.uploading', { percent })
    : t('registrations.import.processing');
  return (
    <Box sx={{ display: 'grid', gap: 1 }} role="status">
      <Typography>{text}</Typography>
      <LinearProgress
        variant={uploading ? 'determinate' : 'indeterminate'}
        value={uploading ? percent : undefined}
        aria-label={t('registrations.import.progressLabel')}
        aria-valuetext={text}
        sx={{ height: 10, borderRadius: 5 }}
      />
    </Box>
  );
}
