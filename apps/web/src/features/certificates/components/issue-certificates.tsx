import { useState } from 'react';
import type { Conference } from '@canhgiac/contracts';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiError } from '../../../lib/api-errors';
import { useIssueCertificates } from '../api/issue-certificates';
import { IssueCertificatesDialog } from './issue-certificates-dialog';

/**
 * "Cấp giấy chứng nhận": one certificate for everyone who checked in and has none yet; only
 * once the conference is held (the 409 says so, in words). A dialog first shows how many will be
 * numbered, their serials and the first holder, and issues only when confirmed.
 */
export function IssueCertificates({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const issue = useIssueCertificates();
  const [confirming, setConfirming] = useState(false);
  const notHeld = issue.error instanceof ApiError && issue.error.code === 'CONFERENCE_NOT_HELD';
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {conference.status !== 'held' && !notHeld && (
        <Alert severity="info">{t('certificates.notHeld')}</Alert>
      )}
      <div>
        <Button
          variant="contained"
          startIcon={<WorkspacePremiumOutlined />}
          disabled={issue.isPending}
          onClick={() => setConfirming(true)}
        >
          {t('certificates.issue')}
        </Button>
      </div>
      {issue.isPending && (
        <Box role="status" sx={{ display: 'grid', gap: 1, maxWidth: 520 }}>
          <Typography>{t('certificates.issuing')}</Typography>
          <LinearProgress aria-label={t('certificates.issuing')} />
        </Box>
      )}
      {issue.isSuccess && (
        <Alert severity="success">
          {issue.data.issued > 0
            ? t('certificates.issued', { count: issue.data.issued })
            : t('certificates.issuedNone')}
        </Alert>
      )}
      {notHeld && <Alert severity="warning">{t('certificates.notHeld')}</Alert>}
      {issue.isError && !notHeld && <ApiErrorAlert error={issue.error} />}
      {confirming && (
        <IssueCertificatesDialog
          conferenceId={conference.id}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            issue.mutate(conference.id);
          }}
        />
      )}
    </Box>
  );
}
