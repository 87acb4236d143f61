import { useMemo } from 'react';
import type { Certificate } from '@canhgiac/contracts';
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import { formatDateTime } from '../../../lib/date-time';
import { verifyPath } from '../../../lib/paths';
import { CertificateStatusChip } from './certificate-status-chip';

export interface CertificateActions {
  onPdf: (certificate: Certificate) => void;
  onCopy: (certificate: Certificate) => void;
  /** Absent for roles that only read (coordinators). */
  onRevoke?: (certificate: Certificate) => void;
  onReissue?: (certificate: Certificate) => void;
}

interface CertificatesGridProps extends CertificateActions {
  certificates: Certificate[];
  loading: boolean;
  holderName: (certificate: Certificate) => string;
}

/** The conference's certificates with, per row, its PDF, its verification link, revoke, re-issue. */
export function CertificatesGrid(props: CertificatesGridProps) {
  const { certificates, loading, holderName, onPdf, onCopy, onRevoke, onReissue } = props;
  const { t } = useTranslation();
  const columns = useMemo<GridColDef<Certificate>[]>(() => {
    const serials = new Map(
      certificates.map((certificate) => [certificate.id, certificate.serial]),
    );
    const note = (row: Certificate) =>
      [
        row.revokedReason && t('certificates.reason', { reason: row.revokedReason }),
        row.replacedById &&
          t('certificates.replacedBy', { serial: serials.get(row.replacedById) ?? '' }),
        row.replacesId && t('certificates.replaces', { serial: serials.get(row.replacesId) ?? '' }),
      ]
        .filter(Boolean)
        .join(' · ');
    return [
      { field: 'serial', headerName: t('certificates.columns.serial'), width: 175 },
      {
        field: 'holderName',
        headerName: t('certificates.columns.holderName'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => holderName(row),
      },
      {
        field: 'status',
        headerName: t('certificates.columns.status'),
        // The chip whole: "Còn hiệu lực" with its icon.
        width: 145,
        renderCell: ({ row }) => <CertificateStatusChip status={row.status} />,
      },
      {
        field: 'issuedAt',
        headerName: t('certificates.columns.issuedAt'),
        width: 150,
        valueGetter: (_value, row) => formatDateTime(row.issuedAt),
      },
      {
        field: 'note',
        headerName: t('certificates.columns.note'),
        flex: 1,
        minWidth: 120,
        valueGetter: (_v, row) => note(row),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: t('certificates.columns.actions'),
        // Up to four icons: PDF, copy link, verification page, revoke or re-issue.
        width: 180,
        getActions: ({ row }) => {
          const serial = row.serial;
          const actions = [
            <GridActionsCellItem
              key="pdf"
              icon={<PictureAsPdfOutlined />}
              label={t('certificates.actions.pdf', { serial })}
              onClick={() => onPdf(row)}
            />,
            <GridActionsCellItem
              key="copy"
              icon={<ContentCopyOutlined />}
              label={t('certificates.actions.copy', { serial })}
              onClick={() => onCopy(row)}
            />,
            <GridActionsCellItem
              key="verify"
              icon={<OpenInNewOutlined />}
              label={t('certificates.actions.verify', { serial })}
              onClick={() => window.open(verifyPath(row.verifyCode), '_blank', 'noopener')}
            />,
          ];
          if (onRevoke && row.status === 'valid') {
            actions.push(
              <GridActionsCellItem
                key="revoke"
                icon={<BlockOutlined />}
                label={t('certificates.actions.revoke', { serial })}
                onClick={() => onRevoke(row)}
              />,
            );
          }
          if (onReissue && row.status === 'revoked' && !row.replacedById) {
            actions.push(
              <GridActionsCellItem
                key="reissue"
                icon={<AutorenewOutlined />}
                label={t('certificates.actions.reissue', { serial })}
                onClick={() => onReissue(row)}
              />,
            );
          }
          return actions;
        },
      },
    ];
  }, [t, certificates, holderName, onPdf, onCopy, onRevoke, onReissue]);

  return (
    <DataGrid
      aria-label={t('certificates.gridLabel')}
      rows={certificates}
      columns={columns}
      wrapText
      loading={loading}
      initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
    />
  );
}
