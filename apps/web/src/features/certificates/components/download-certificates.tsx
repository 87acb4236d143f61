import { useState } from 'react';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { intlLocales, toLanguage } from '../../../i18n/languages';
import { saveFile, type DownloadProgress } from '../../../lib/download-file';
import { getCertificatesPdf } from '../api/get-certificates-pdf';

type State =
  | { kind: 'idle' }
  | { kind: 'making'; done: number; total: number }
  | { kind: 'loading'; progress: DownloadProgress }
  | { kind: 'done'; size: number }
  | { kind: 'failed'; error: unknown };

/** Kilobytes or megabytes, one decimal, as the UI language writes numbers. */
function useSize() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const locale = intlLocales[toLanguage(i18n.resolvedLanguage)];
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return bytes >= 1024 * 1024
      ? `${format.format(bytes / (1024 * 1024))} MB`
      : `${format.format(Math.max(1, bytes / 1024))} KB`;
  };
}

/**
 * "Tải cả bộ (PDF)": the server makes the file as a job, with the certificates drawn shown as a
 * bar, then the bytes received as they arrive.
 */
export function DownloadCertificates({
  conferenceId,
  disabled,
}: {
  conferenceId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const size = useSize();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'making', done: 0, total: 0 });
    try {
      const file = await getCertificatesPdf(conferenceId, t('certificates.batchFile'), {
        onJob: (job) => setState({ kind: 'making', ...job.progress }),
        onDownload: (progress) => setState({ kind: 'loading', progress }),
      });
      saveFile(file);
      setState({ kind: 'done', size: file.blob.size });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  const progress =
    state.kind === 'loading'
      ? state.progress
      : state.kind === 'making'
        ? { loaded: state.done, total: state.total || null }
        : null;
  const text =
    state.kind === 'making'
      ? t('certificates.making', { done: state.done, total: state.total })
      : progress
        ? progress.total
          ? t('certificates.downloadingOf', {
              loaded: size(progress.loaded),
              total: size(progress.total),
            })
          : t('certificates.downloadingBytes', { loaded: size(progress.loaded) })
        : '';
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <div>
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          disabled={disabled || state.kind === 'loading' || state.kind === 'making'}
          onClick={() => void download()}
        >
          {t('certificates.downloadAll')}
        </Button>
      </div>
      {progress && (
        <Box role="status" sx={{ display: 'grid', gap: 1, maxWidth: 520 }}>
          <Typography>{text}</Typography>
          <LinearProgress
            variant={progress.total ? 'determinate' : 'indeterminate'}
            value={
              progress.total ? Math.round((progress.loaded / progress.total) * 100) : undefined
            }
            aria-label={t('certificates.downloadProgress')}
            aria-valuetext={text}
          />
        </Box>
      )}
      {state.kind === 'done' && (
        <Alert severity="success">{t('certificates.downloaded', { size: size(state.size) })}</Alert>
      )}
      {state.kind === 'failed' && <ApiErrorAlert error={state.error} />}
    </Box>
  );
}
