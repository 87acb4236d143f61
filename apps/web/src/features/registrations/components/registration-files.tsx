import { useState } from 'react';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../../lib/download-file';
import { openPendingTab, showFileInTab } from '../../../lib/open-file-tab';
import { getRegistrationTemplate } from '../api/get-registration-template';
import { getRollCallSheet } from '../api/get-roll-call-sheet';

interface RegistrationFilesProps {
  conferenceId: string;
  onError: (error: unknown) => void;
}

type Busy = 'template' | 'rollCall' | null;

/** "Tải mẫu Excel" (saved) and "In danh sách điểm danh" (opened in a tab to print). */
export function RegistrationFiles({ conferenceId, onError }: RegistrationFilesProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);

  const downloadTemplate = async () => {
    setBusy('template');
    onError(null);
    try {
      saveFile(await getRegistrationTemplate(conferenceId, t('registrations.files.template')));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(null);
    }
  };

  const printRollCall = async () => {
    // The tab opens at the click: browsers block tabs opened once the file has arrived.
    const tab = openPendingTab(t('registrations.files.loading'));
    setBusy('rollCall');
    onError(null);
    try {
      showFileInTab(tab, await getRollCallSheet(conferenceId, t('registrations.files.rollCall')));
    } catch (error) {
      tab?.close();
      onError(error);
    } finally {
      setBusy(null);
    }
  };

  const spinner = (
    <CircularProgress size={18} color="inherit" aria-label={t('registrations.files.loading')} />
  );
  return (
    <>
      <Button
        variant="outlined"
        startIcon={busy === 'template' ? spinner : <FileDownloadOutlined />}
        disabled={busy !== null}
        onClick={() => void downloadTemplate()}
      >
        {t('registrations.actions.template')}
      </Button>
      <Button
        variant="outlined"
        startIcon={busy === 'rollCall' ? spinner : <PrintOutlined />}
        disabled={busy !== null}
        onClick={() => void printRollCall()}
      >
        {t('registrations.actions.rollCall')}
      </Button>
    </>
  );
}
