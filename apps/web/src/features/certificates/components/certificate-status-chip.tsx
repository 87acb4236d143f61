import type { CertificateStatus } from '@canhgiac/contracts';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** Valid or revoked, in words with an icon and a colour. */
export function CertificateStatusChip({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={status === 'valid' ? 'success' : 'error'}
      variant={status === 'valid' ? 'outlined' : 'filled'}
      icon={status === 'valid' ? <VerifiedOutlined /> : <BlockOutlined />}
      label={t(`certificates.status.${status}`)}
    />
  );
}
