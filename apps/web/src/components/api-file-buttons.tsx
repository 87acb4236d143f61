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

/**
 * A file of a format made a particular way, with its own button: e.g. the CSV with decimal
 * commas and semicolons that Excel opens right under Vietnamese regional settings.
 */
export interface FileVariant {
  format: FileFormat;
  /** The button's name for it. */
  name: 'csvComma' | 'csvPoint';
  /** Added to the query of the file's request. */
  query: Record<string, QueryValue>;
}

interface FileButtonProps {
  route: RouteDefinition;
  params?: Record<string, string>;
  query: Record<string, QueryValue>;
  choice: FileFormat | FileVariant;
  fallbackName: string;
  onDone: (result: DownloadResult) => void;
}

function FileButton({ route, params, query, choice, fallbackName, onDone }: FileButtonProps) {
  const { t } = useTranslation();
  const file = useFileDownload();
  const variant = typeof choice === 'string' ? null : choice;
  const format = variant?.format ?? (choice as FileFormat);
  const name = t(`common.fileFormats.${variant?.name ?? format}`);
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
            query: { ...query, ...variant?.query, format },
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
  formats: Array<FileFormat | FileVariant>;
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
        {formats.map((choice) => (
          <FileButton
            key={typeof choice === 'string' ? choice : choice.name}
            route={route}
            params={params as Record<string, string> | undefined}
            query={(query ?? {}) as Record<string, QueryValue>}
            choice={choice}
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
