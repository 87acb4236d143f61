import { useState } from 'react';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RouteDefinition } from '@canhgiac/contracts';
import type { QueryValue, RouteAddress } from '../lib/api-client';
import { useFileDownload, type DownloadResult } from '../lib/use-file-download';
import { ApiErrorAlert } from './api-error-alert';
import { DownloadButton } from './download-button';

export type FileFormat = 'xlsx' | 'pdf' | 'csv' | 'docx';

interface FileButtonProps {
  route: RouteDefinition;
  params?: Record<string, string>;
  query: Record<string, QueryValue>;
  format: FileFormat;
  fallbackName: string;
  onDone: (result: DownloadResult) => void;
}

function FileButton({ route, params, query, format, fallbackName, onDone }: FileButtonProps) {
  const { t } = useTranslation();
  const file = useFileDownload();
  const name = t(`common.fileFormats.${format}`);
  return (
    <DownloadButton
      label={t('common.download', { format: name })}
      busyLabel={(percent) =>
        percent === null
          ? t('common.downloading', { format: name })
          : t('common.downloadingPercent', { format: name, percent })
      }
      progress={file.progress}
      startIcon={<FileDownloadOutlined />}
      onClick={() => {
        void file
          .download(route, {
            params,
            query: { ...query, format },
            fallbackFileName: `${fallbackName}.${format}`,
          })
          .then(onDone);
      }}
    />
  );
}

type ApiFileButtonsProps<R extends RouteDefinition> = RouteAddress<R> & {
  /** The API route that answers the file for `?format=`. */
  route: R;
  formats: FileFormat[];
  /** The file's name when the answer gives none, without its extension. */
  fallbackName: string;
  label?: string;
};

/**
 * One button per format for a file the API makes ("Tải Excel", "Tải PDF"), each with its
 * progress, then the name of the file saved or why it failed.
 */
export function ApiFileButtons<R extends RouteDefinition>({
  route,
  params,
  query,
  formats,
  fallbackName,
  label,
}: ApiFileButtonsProps<R>) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DownloadResult | null>(null);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        {label && <Typography sx={{ fontWeight: 600, mr: 1 }}>{label}</Typography>}
        {formats.map((format) => (
          <FileButton
            key={format}
            route={route}
            params={params as Record<string, string> | undefined}
            query={(query ?? {}) as Record<string, QueryValue>}
            format={format}
            fallbackName={fallbackName}
            onDone={setStatus}
          />
        ))}
      </Box>
      <Typography role="status" variant="body2" color="text.secondary">
        {status?.ok ? t('common.downloaded', { file: status.fileName }) : ''}
      </Typography>
      {status && !status.ok && status.error !== null && <ApiErrorAlert error={status.error} />}
    </Box>
  );
}
