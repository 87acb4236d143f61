import type { CertificateSummaryRow } from '@canhgiac/contracts';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';

type Counts = Pick<CertificateSummaryRow, 'eligible' | 'issued' | 'toIssue' | 'revoked'>;

/** Where a held conference stands: certificates left to issue, all issued, or nobody eligible. */
export function summaryStanding(row: Counts): 'toIssue' | 'allIssued' | 'noneEligible' {
  if (row.toIssue > 0) return 'toIssue';
  return row.eligible > 0 ? 'allIssued' : 'noneEligible';
}

/** The standing of a conference's certificates in words, with an icon and a colour. */
export function CertificateSummaryChip({ row }: { row: Counts }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const standing = summaryStanding(row);
  return (
    <Chip
      size="small"
      color={standing === 'toIssue' ? 'warning' : standing === 'allIssued' ? 'success' : 'default'}
      variant={standing === 'toIssue' ? 'filled' : 'outlined'}
      icon={standing === 'toIssue' ? <HourglassEmptyOutlined /> : <TaskAltOutlined />}
      label={t(`certificates.overview.card.${standing}`, { number: formatNumber(row.toIssue) })}
    />
  );
}
