import { useId } from 'react';
import type { Certificate } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useReissueCertificate } from '../api/reissue-certificate';

interface ReissueCertificateDialogProps {
  certificate: Certificate;
  holderName: string;
  onClose: () => void;
  onDone: (certificate: Certificate) => void;
}

/** A new certificate, with a new serial, for the holder of a revoked one. */
export function ReissueCertificateDialog(props: ReissueCertificateDialogProps) {
  const { certificate, holderName, onClose, onDone } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const reissue = useReissueCertificate();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('certificates.reissueDialog.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          {t('certificates.reissueDialog.body', { serial: certificate.serial, name: holderName })}
        </DialogContentText>
        {reissue.isError && <ApiErrorAlert error={reissue.error} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={reissue.isPending}
          onClick={() => reissue.mutate(certificate.id, { onSuccess: onDone })}
        >
          {t('certificates.reissueDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
