import { useMemo } from 'react';
import type { Campaign } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import Link from '@mui/material/Link';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { campaignPath } from '../../../lib/paths';

interface CampaignsGridProps extends PagedGridProps<Campaign> {
  /** Absent for roles that only read. */
  onEdit?: (campaign: Campaign) => void;
}

export function CampaignsGrid(props: CampaignsGridProps) {
  const { page, loading, paging, onEdit } = props;
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
    <ServerPagedGrid
      aria-label={t('campaigns.gridLabel')}
      columns={columns}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
