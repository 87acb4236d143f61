import { useCallback, useState } from 'react';
import type { Certificate, Conference } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { openPendingTab, showFileInTab } from '../../../lib/open-file-tab';
import { verifyPath } from '../../../lib/paths';
import { usePermission } from '../../../lib/permissions';
import { useFailure } from '../../../lib/use-failure';
import { getCertificatePdf } from '../api/get-certificate-pdf';
import { useCertificates } from '../api/get-certificates';
import { CertificatesGrid } from './certificates-grid';
import { DownloadCertificates } from './download-certificates';
import { IssueCertificates } from './issue-certificates';
import { ReissueCertificateDialog } from './reissue-certificate-dialog';
import { RevokeCertificateDialog } from './revoke-certificate-dialog';

type Dialog = { kind: 'revoke' | 'reissue'; certificate: Certificate } | null;

/** The conference's "Giấy chứng nhận" tab: issue (staff), download, and each certificate. */
export function CertificatesPanel({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const canManage = usePermission('certificates.manage');
  const certificates = useCertificates(conference.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { failure, setFailure } = useFailure();
  const list = certificates.data ?? [];
  const valid = list.filter((certificate) => certificate.status === 'valid').length;
  const holderName = useCallback(
    (certificate: Certificate) => certificate.holderName ?? t('personForm.erasedName'),
    [t],
  );

  const openPdf = useCallback(
    async (certificate: Certificate) => {
      const tab = openPendingTab(t('app.loading'));
      setFailure(null);
      try {
        const fallback = t('certificates.oneFile', {
          serial: certificate.serial.replaceAll('/', '-'),
        });
        showFileInTab(tab, await getCertificatePdf(certificate.id, fallback));
      } catch (error) {
        tab?.close();
        setFailure(error);
      }
    },
    [t, setFailure],
  );
  const copyLink = useCallback(
    async (certificate: Certificate) => {
      const url = `${window.location.origin}${verifyPath(certificate.verifyCode)}`;
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        // No clipboard (an insecure page, an old browser): the link is still shown below.
      }
      setNotice(t('certificates.copied', { url }));
    },
    [t],
  );

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {t('certificates.title')}
        </Typography>
        <Typography color="text.secondary">{t('certificates.intro')}</Typography>
      </Box>
      {canManage && <IssueCertificates conference={conference} />}
      <DownloadCertificates conferenceId={conference.id} disabled={valid === 0} />
      {failure !== null && <ApiErrorAlert error={failure} />}
      {certificates.isError ? (
        <ApiErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : certificates.data && list.length === 0 ? (
        <Alert severity="info">{t('certificates.empty')}</Alert>
      ) : (
        <>
          <Typography>
            {t('certificates.counts', { valid, revoked: list.length - valid })}
          </Typography>
          <CertificatesGrid
            certificates={list}
            loading={certificates.isFetching}
            holderName={holderName}
            onPdf={(certificate) => void openPdf(certificate)}
            onCopy={(certificate) => void copyLink(certificate)}
            onRevoke={
              canManage ? (certificate) => setDialog({ kind: 'revoke', certificate }) : undefined
            }
            onReissue={
              canManage ? (certificate) => setDialog({ kind: 'reissue', certificate }) : undefined
            }
          />
        </>
      )}
      {dialog?.kind === 'revoke' && (
        <RevokeCertificateDialog
          certificate={dialog.certificate}
          holderName={holderName(dialog.certificate)}
          onClose={() => setDialog(null)}
          onDone={(revoked) => {
            setDialog(null);
            setNotice(t('certificates.revoked', { serial: revoked.serial }));
          }}
        />
      )}
      {dialog?.kind === 'reissue' && (
        <ReissueCertificateDialog
          certificate={dialog.certificate}
          holderName={holderName(dialog.certificate)}
          onClose={() => setDialog(null)}
          onDone={(issued) => {
            setDialog(null);
            setNotice(t('certificates.reissued', { serial: issued.serial }));
          }}
        />
      )}
      <Snackbar
        open={notice !== null}
        message={notice}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </Stack>
  );
}
