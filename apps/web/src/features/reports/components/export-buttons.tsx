import { useState } from 'react';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DownloadButton } from '../../../components/download-button';
import type { DownloadResult } from '../../../lib/use-file-download';
import type { CoverageParams } from '../api/get-coverage-report';
import { useCoverageExport, type ExportFormat } from '../api/export-coverage-report';

const formats: ExportFormat[] = ['xlsx', 'pdf', 'csv'];

interface ExportButtonProps {
  format: ExportFormat;
  params: CoverageParams;
  onDone: (result: DownloadResult) => void;
}

function ExportButton({ format, params, onDone }: ExportButtonProps) {
  const { t } = useTranslation();
  const file = useCoverageExport(format);
  const name = t(`reports.export.${format}`);
  return (
    <DownloadButton
      label={t('reports.export.button', { format: name })}
      busyLabel={(percent) =>
        percent === null
          ? t('reports.export.busy', { format: name })
          : t('reports.export.busyPercent', { format: name, percent })
      }
      progress={file.progress}
      startIcon={<FileDownloadOutlined />}
      onClick={() => {
        void file.exportReport(params).then(onDone);
      }}
    />
  );
}

/** "Xuất báo cáo": Excel, PDF and CSV of the report on screen, each with its progress. */
export function ExportButtons({ params }: { params: CoverageParams }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DownloadResult | null>(null);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography sx={{ fontWeight: 600, mr: 1 }}>{t('reports.export.label')}</Typography>
        {formats.map((format) => (
          <ExportButton key={format} format={format} params={params} onDone={setStatus} />
        ))}
      </Box>
      <Typography role="status" variant="body2" color="text.secondary">
        {status?.ok ? t('reports.export.saved', { file: status.fileName }) : ''}
      </Typography>
      {status && !status.ok && status.error !== null && <ApiErrorAlert error={status.error} />}
    </Box>
  );
}
