import { useMemo } from 'react';
import type { Campaign, Page } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import Link from '@mui/material/Link';
import { GridActionsCellItem, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DataGrid } from '../../../components/data-grid';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { campaignPath } from '../../../lib/paths';

interface CampaignsGridProps {
  page: Page<Campaign> | undefined;
  loading: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  /** Absent for roles that only read. */
  onEdit?: (campaign: Campaign) => void;
}

const pageSizeOptions = [25, 50, 100];

export function CampaignsGrid(props: CampaignsGridProps) {
  const { page, loading, paginationModel, onPaginationModelChange, onEdit } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();

  const columns = useMemo<GridColDef<Campaign>[]>(() => {
    const target = (field: keyof Campaign & `target${string}`): GridColDef<Campaign> => ({
      field,
      headerName: t(`campaigns.columns.${field}`),
      type: 'number',
      width: 150,
      valueFormatter: (value: number) => formatNumber(value),
    });
    const list: GridColDef<Campaign>[] = [
      {
        field: 'name',
        headerName: t('campaigns.columns.name'),
        flex: 1,
        minWidth: 260,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={campaignPath(row.id)}>
            {row.name}
          </Link>
        ),
      },
      { field: 'year', headerName: t('campaigns.columns.year'), width: 80 },
      {
        field: 'startsOn',
        headerName: t('campaigns.columns.period'),
        width: 200,
        valueGetter: (_value, row) =>
          t('campaigns.period', { from: formatDate(row.startsOn), to: formatDate(row.endsOn) }),
      },
      target('targetConferences'),
      target('targetParticipants'),
      target('targetLeaflets'),
    ];
    if (onEdit) {
      list.push({
        field: 'actions',
        type: 'actions',
        headerName: t('campaigns.columns.actions'),
        width: 80,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<Edit />}
            label={t('campaigns.editAria', { name: row.name })}
            onClick={() => onEdit(row)}
          />,
        ],
      });
    }
    return list;
  }, [t, formatNumber, onEdit]);

  return (
    <DataGrid
      aria-label={t('campaigns.gridLabel')}
      rows={page?.items ?? []}
      columns={columns}
      loading={loading}
      paginationMode="server"
      rowCount={page?.total ?? 0}
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={pageSizeOptions}
      disableColumnSorting
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
    />
  );
}
