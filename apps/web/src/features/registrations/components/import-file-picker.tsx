import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFilePickerProps {
  file: File | null;
  disabled: boolean;
  onChoose: (file: File) => void;
}

/** "Chọn tệp…": an Excel or CSV file; choosing the same (fixed) file again works too. */
export function ImportFilePicker({ file, disabled, onChoose }: ImportFilePickerProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <Button
        component="label"
        variant="contained"
        startIcon={<UploadFileOutlined />}
        disabled={disabled}
      >
        {file ? t('registrations.import.chooseAgain') : t('registrations.import.choose')}
        <input
          type="file"
          hidden
          accept={ACCEPT}
          aria-label={t('registrations.import.fileInput')}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Cleared, so that choosing the same file after fixing it fires again.
            event.target.value = '';
            if (chosen) onChoose(chosen);
          }}
        />
      </Button>
      {file && (
        <Typography sx={{ wordBreak: 'break-all' }}>
          {t('registrations.import.chosen', {
            name: file.name,
            size: `${format(Math.max(1, Math.round(file.size / 1024)))} KB`,
          })}
        </Typography>
      )}
    </Box>
  );
}
