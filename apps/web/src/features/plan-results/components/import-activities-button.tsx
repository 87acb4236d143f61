import { useState } from 'react';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import type { UploadProgress } from '../../../lib/api-upload';
import { errorExtra } from '../../../lib/error-extra';
import { useFailure } from '../../../lib/use-failure';
import { useImportActivities } from '../api/activities';

/**
 * "Nhập từ Excel": the media team's sheet (Kênh, Tiêu đề, Ngày, … as in the template), sent with
 * a progress bar; all rows or none, and every row at fault named.
 */
export function ImportActivitiesButton({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const importing = useImportActivities(campaignId);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const { failure, setFailure, clear } = useFailure();
  const rows = errorExtra(failure, 'FILE_ROWS_INVALID');

  const send = async (file: File) => {
    setImported(null);
    clear();
    try {
      const result = await importing.mutateAsync({ file, onProgress: setProgress });
      setImported(result.imported);
    } catch (error) {
      setFailure(error);
    } finally {
      setProgress(null);
    }
  };
  const percent =
    progress?.phase === 'uploading' && progress.total > 0
      ? Math.round((100 * progress.loaded) / progress.total)
      : null;

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <div>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileOutlined />}
          disabled={importing.isPending}
        >
          {t('planResults.activities.import')}
          <input
            type="file"
            hidden
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('planResults.activities.importFile')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
        </Button>
      </div>
      {progress && (
        <LinearProgress
          variant={percent === null ? 'indeterminate' : 'determinate'}
          value={percent ?? undefined}
          aria-label={t('planResults.activities.importing')}
        />
      )}
      <Box role="status">
        {imported !== null && (
          <Alert severity="success">
            {t('planResults.activities.imported', { count: imported })}
          </Alert>
        )}
      </Box>
      {rows ? (
        <Alert severity="error">
          {t('planResults.activities.importRefused', { count: rows.totalErrors })}
          <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 200, overflow: 'auto' }}>
            {rows.errors.map((error) => (
              <li key={`${error.row}-${error.column}`}>
                {t('planResults.activities.importRow', error)}
              </li>
            ))}
          </Box>
        </Alert>
      ) : (
        failure !== null && <ApiErrorAlert error={failure} />
      )}
    </Box>
  );
}
