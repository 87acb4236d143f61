import { useMemo } from 'react';
import type { Certificate } from '@canhgiac/contracts';
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import {
  actionsColumn,
  RowActionButtons,
  type RowAction,
  type RowCard,
} from '../../../components/row-cards';
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

/**
 * The conference's certificates with, per row, its PDF, its verification link, revoke, re-issue;
 * on a phone each certificate is a card with its holder, its status chip and the same actions.
 */
export function CertificatesGrid(props: CertificatesGridProps) {
  const { certificates, loading, holderName, onPdf, onCopy, onRevoke, onReissue } = props;
  const { t } = useTranslation();
  // Revoked and re-issued certificates name each other by serial.
  const note = useMemo(() => {
    const serials = new Map(
      certificates.map((certificate) => [certificate.id, certificate.serial]),
    );
    return (row: Certificate) =>
      [
        row.revokedReason && t('certificates.reason', { reason: row.revokedReason }),
        row.replacedById &&
          t('certificates.replacedBy', { serial: serials.get(row.replacedById) ?? '' }),
        row.replacesId && t('certificates.replaces', { serial: serials.get(row.replacesId) ?? '' }),
      ]
        .filter(Boolean)
        .join(' · ');
  }, [t, certificates]);
  const rowActions = useMemo(
    () =>
      (row: Certificate): RowAction[] => {
        const serial = row.serial;
        const actions: RowAction[] = [
          {
            key: 'pdf',
            icon: <PictureAsPdfOutlined />,
            label: t('certificates.actions.pdf', { serial }),
            onClick: () => onPdf(row),
          },
          {
            key: 'copy',
            icon: <ContentCopyOutlined />,
            label: t('certificates.actions.copy', { serial }),
            onClick: () => onCopy(row),
          },
          {
            key: 'verify',
            icon: <OpenInNewOutlined />,
            label: t('certificates.actions.verify', { serial }),
            onClick: () => window.open(verifyPath(row.verifyCode), '_blank', 'noopener'),
          },
        ];
        if (onRevoke && row.status === 'valid') {
          actions.push({
            key: 'revoke',
            icon: <BlockOutlined />,
            label: t('certificates.actions.revoke', { serial }),
            onClick: () => onRevoke(row),
          });
        }
        if (onReissue && row.status === 'revoked' && !row.replacedById) {
          actions.push({
            key: 'reissue',
            icon: <AutorenewOutlined />,
            label: t('certificates.actions.reissue', { serial }),
            onClick: () => onReissue(row),
          });
        }
        return actions;
      },
    [t, onPdf, onCopy, onRevoke, onReissue],
  );
  const columns = useMemo<GridColDef<Certificate>[]>(() => {
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
      actionsColumn(
        {
          field: 'actions',
          headerName: t('certificates.columns.actions'),
          // Up to four icons: PDF, copy link, verification page, revoke or re-issue.
          width: 180,
        },
        rowActions,
      ),
    ];
  }, [t, holderName, note, rowActions]);

  const card = useMemo<RowCard<Certificate>>(
    () => ({
      title: (row) => holderName(row),
      status: (row) => <CertificateStatusChip status={row.status} />,
      details: (row) => [
        `${t('certificates.card.serial', { serial: row.serial })} · ${formatDateTime(row.issuedAt)}`,
        note(row),
      ],
      action: (row) => <RowActionButtons actions={rowActions(row)} />,
    }),
    [t, holderName, note, rowActions],
  );

  return (
    <DataGrid
      aria-label={t('certificates.gridLabel')}
      rows={certificates}
      columns={columns}
      card={card}
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
