import { useCallback, useMemo } from 'react';
import type { LeafletAllocation } from '@canhgiac/contracts';
import Block from '@mui/icons-material/Block';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import type { GridColDef, GridColumnVisibilityModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import {
  actionsColumn,
  RowActionButtons,
  type RowAction,
  type RowCard,
} from '../../../components/row-cards';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { AllocationStatusChip } from './allocation-status-chip';
import { RecipientCell } from './recipient-cell';
import type { AllocationActionHandlers } from './use-allocation-actions';

interface AllocationsGridProps extends PagedGridProps<LeafletAllocation> {
  /** Absent for roles that only read. */
  actions?: AllocationActionHandlers;
  /** The conference tab leaves out who receives them (the conference itself). */
  columnVisibilityModel?: GridColumnVisibilityModel;
}

const pageSizeOptions = [10, 25, 50, 100];

/**
 * Allocations, server-paged: recipient, quantity, status, delivery, and staff's actions; on a
 * phone each allocation is a card with its recipient, its status chip and the same actions.
 */
export function AllocationsGrid(props: AllocationsGridProps) {
  const { page, loading, paging, actions } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();

  /** When and to whom it was delivered, or why it was cancelled. */
  const deliveryText = useCallback(
    (row: LeafletAllocation) => {
      if (row.status === 'delivered') {
        return t('leaflets.allocations.delivered', {
          date: formatDate(row.deliveredOn),
          person: row.receivedBy ?? '',
        });
      }
      if (row.status === 'cancelled') {
        return t('leaflets.allocations.cancelled', { reason: row.cancelReason ?? '' });
      }
      return '';
    },
    [t],
  );
  const rowActions = useMemo(
    () =>
      actions &&
      ((row: LeafletAllocation): RowAction[] => {
        const number = row.documentNumber;
        const items: RowAction[] = [];
        if (row.status === 'planned') {
          items.push(
            {
              key: 'deliver',
              icon: <LocalShippingOutlined />,
              label: t('leaflets.allocations.actions.deliver', { number }),
              onClick: () => actions.onDeliver(row),
            },
            {
              key: 'cancel',
              icon: <Block />,
              label: t('leaflets.allocations.actions.cancel', { number }),
              onClick: () => actions.onCancel(row),
            },
          );
        }
        if (row.status !== 'cancelled') {
          items.push({
            key: 'slip',
            icon: <PictureAsPdfOutlined />,
            label: t('leaflets.allocations.actions.slip', { number }),
            disabled: actions.slipBusyId === row.id,
            onClick: () => actions.onSlip(row),
          });
        }
        return items;
      }),
    [t, actions],
  );
  const columns = useMemo<GridColDef<LeafletAllocation>[]>(() => {
    const list: GridColDef<LeafletAllocation>[] = [
      {
        field: 'documentNumber',
        headerName: t('leaflets.allocations.columns.documentNumber'),
        width: 125,
      },
      {
        field: 'recipientName',
        headerName: t('leaflets.allocations.columns.recipient'),
        flex: 1,
        minWidth: 170,
        renderCell: ({ row }) => <RecipientCell allocation={row} />,
      },
      {
        field: 'placeName',
        headerName: t('leaflets.allocations.columns.place'),
        width: 130,
        valueFormatter: (value: string | null) => value ?? t('common.none'),
      },
      {
        field: 'quantity',
        headerName: t('leaflets.allocations.columns.quantity'),
        type: 'number',
        width: 100,
        valueFormatter: (value: number) => formatNumber(value),
      },
      {
        field: 'status',
        headerName: t('leaflets.allocations.columns.status'),
        width: 110,
        renderCell: ({ row }) => <AllocationStatusChip status={row.status} />,
      },
      {
        field: 'deliveredOn',
        headerName: t('leaflets.allocations.columns.delivery'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_value, row) => deliveryText(row),
      },
    ];
    if (rowActions) {
      list.push(
        actionsColumn(
          {
            field: 'actions',
            headerName: t('leaflets.allocations.columns.actions'),
            // Three icons: deliver, cancel, the slip.
            width: 130,
          },
          rowActions,
        ),
      );
    }
    return list;
  }, [t, formatNumber, deliveryText, rowActions]);

  // The conference's own tab leaves out the recipient: its cards are named by their note.
  const showRecipient = props.columnVisibilityModel?.recipientName !== false;
  const card = useMemo<RowCard<LeafletAllocation>>(() => {
    const number = (row: LeafletAllocation) =>
      t('leaflets.allocations.card.number', { number: row.documentNumber });
    const quantity = (row: LeafletAllocation) =>
      t('leaflets.allocations.card.quantity', { quantity: formatNumber(row.quantity) });
    return {
      title: (row) => (showRecipient ? row.recipientName : number(row)),
      status: (row) => <AllocationStatusChip status={row.status} />,
      details: (row) => [
        showRecipient ? `${number(row)} · ${quantity(row)}` : quantity(row),
        showRecipient &&
          [t(`leaflets.recipientKinds.${row.recipientKind}`), row.placeName]
            .filter(Boolean)
            .join(' · '),
        deliveryText(row),
      ],
      action: rowActions && ((row) => <RowActionButtons actions={rowActions(row)} />),
    };
  }, [t, formatNumber, deliveryText, rowActions, showRecipient]);

  return (
    <ServerPagedGrid
      aria-label={t('leaflets.allocations.gridLabel')}
      columns={columns}
      columnVisibilityModel={props.columnVisibilityModel}
      card={card}
      wrapText
      pageSizeOptions={pageSizeOptions}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
