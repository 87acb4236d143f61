import { useMemo } from 'react';
import type { AuditEntry } from '@canhgiac/contracts';
import ManageSearch from '@mui/icons-material/ManageSearch';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import {
  actionsColumn,
  RowActionButtons,
  type RowAction,
  type RowCard,
} from '../../../components/row-cards';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDateTime } from '../../../lib/date-time';
import { AuditActionChip } from './audit-action-chip';
import { useAuditLabels } from './audit-labels';
import { compactSummary } from './audit-summary';

interface AuditGridProps extends PagedGridProps<AuditEntry> {
  onOpen: (entry: AuditEntry) => void;
}

/**
 * The log, newest first, one server page at a time; a row opens its full detail. The summary
 * wraps, so every column fits a 1366 px screen. On a phone each entry is a card: what it is
 * about, what was done (a chip), when, by whom, and its summary.
 */
export function AuditGrid(props: AuditGridProps) {
  const { page, loading, paging, onOpen } = props;
  const { t } = useTranslation();
  const { entityLabel, actionLabel, labelledSummary } = useAuditLabels();

  const rowActions = useMemo(
    () =>
      (row: AuditEntry): RowAction[] => [
        {
          key: 'open',
          icon: <ManageSearch />,
          label: t('audit.detailsAria', { time: formatDateTime(row.at) }),
          onClick: () => onOpen(row),
        },
      ],
    [t, onOpen],
  );
  const columns = useMemo<GridColDef<AuditEntry>[]>(
    () => [
      {
        field: 'at',
        headerName: t('audit.columns.at'),
        width: 135,
        valueGetter: (_value, row) => formatDateTime(row.at),
      },
      {
        field: 'username',
        headerName: t('audit.columns.user'),
        width: 150,
        valueGetter: (_value, row) => row.username ?? t('audit.system'),
      },
      {
        field: 'action',
        headerName: t('audit.columns.action'),
        width: 145,
        valueGetter: (_value, row) => actionLabel(row.action),
      },
      {
        field: 'entity',
        headerName: t('audit.columns.entity'),
        width: 130,
        valueGetter: (_value, row) => entityLabel(row.entity),
      },
      {
        field: 'summary',
        headerName: t('audit.columns.summary'),
        flex: 1,
        minWidth: 200,
        valueGetter: (_value, row) => compactSummary(labelledSummary(row)),
      },
      { field: 'ip', headerName: t('audit.columns.ip'), width: 110 },
      actionsColumn(
        { field: 'details', headerName: t('audit.columns.details'), width: 90 },
        rowActions,
      ),
    ],
    [t, entityLabel, actionLabel, labelledSummary, rowActions],
  );
  const card = useMemo<RowCard<AuditEntry>>(
    () => ({
      title: (row) => entityLabel(row.entity),
      status: (row) => <AuditActionChip action={row.action} />,
      details: (row) => [
        [formatDateTime(row.at), row.username ?? t('audit.system'), row.ip]
          .filter(Boolean)
          .join(' · '),
        compactSummary(labelledSummary(row)),
      ],
      action: (row) => <RowActionButtons actions={rowActions(row)} />,
    }),
    [t, entityLabel, labelledSummary, rowActions],
  );

  return (
    <ServerPagedGrid
      aria-label={t('audit.gridLabel')}
      columns={columns}
      card={card}
      wrapText
      onRowDoubleClick={({ row }) => onOpen(row)}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
