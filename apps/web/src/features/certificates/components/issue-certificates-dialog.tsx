import type { FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog';
import { personName } from '../../../components/person-form/person-form-values';
import { useIssuePreview } from '../api/get-issue-preview';

interface IssueCertificatesDialogProps {
  conferenceId: string;
  onClose: () => void;
  /** Issues the batch the preview describes. */
  onConfirm: () => void;
}

/**
 * Before certificates are numbered, says how many, which serials and who gets the first one, and
 * asks to confirm: issued serials are never taken back.
 */
export function IssueCertificatesDialog({
  conferenceId,
  onClose,
  onConfirm,
}: IssueCertificatesDialogProps) {
  const { t } = useTranslation();
  const preview = useIssuePreview(conferenceId);
  const data = preview.data;
  const ready = Boolean(data?.conferenceHeld && data.toIssue > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (ready) onConfirm();
  };

  return (
    <FormDialog
      title={t('certificates.confirm.title')}
      onClose={onClose}
      onSubmit={submit}
      submitting={false}
      error={preview.isError ? preview.error : null}
      submitLabel={t('certificates.confirm.submit', { count: data?.toIssue ?? 0 })}
      submitDisabled={!ready}
    >
      {preview.isPending && (
        <Box role="status" sx={{ display: 'grid', gap: 1 }}>
          <Typography>{t('certificates.confirm.loading')}</Typography>
          <LinearProgress aria-label={t('certificates.confirm.loading')} />
        </Box>
      )}
      {data && !data.conferenceHeld && (
        <Alert severity="warning">{t('certificates.notHeld')}</Alert>
      )}
      {data?.conferenceHeld && data.toIssue === 0 && (
        <Alert severity="info">{t('certificates.issuedNone')}</Alert>
      )}
      {data && ready && (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>
            {t('certificates.confirm.count', { count: data.toIssue })}
          </Typography>
          <Typography>
            {data.firstSerial === data.lastSerial
              ? t('certificates.confirm.serial', { first: data.firstSerial })
              : t('certificates.confirm.serials', {
                  first: data.firstSerial,
                  last: data.lastSerial,
                })}
          </Typography>
          {data.first && (
            <Typography>
              {data.first.organizationName
                ? t('certificates.confirm.firstOf', {
                    name: personName(data.first, t),
                    organization: data.first.organizationName,
                  })
                : t('certificates.confirm.first', { name: personName(data.first, t) })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('certificates.confirm.order')}
          </Typography>
        </Box>
      )}
    </FormDialog>
  );
}
