import { useMemo } from 'react';
import type { AdminUnit, Organization, Page } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import { GridActionsCellItem, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';

interface OrganizationsGridProps {
  page: Page<Organization> | undefined;
  loading: boolean;
  districts: AdminUnit[];
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  /** Absent for roles that only read. */
  onEdit?: (organization: Organization) => void;
}

const pageSizeOptions = [25, 50, 100];

/** One page of organizations at a time (server-side paging; filters live in the toolbar). */
export function OrganizationsGrid(props: OrganizationsGridProps) {
  const { page, loading, districts, paginationModel, onPaginationModelChange, onEdit } = props;
  const { t } = useTranslation();
  const districtNames = useMemo(
    () => new Map(districts.map((district) => [district.code, district.name])),
    [districts],
  );

  const columns = useMemo<GridColDef<Organization>[]>(() => {
    const list: GridColDef<Organization>[] = [
      { field: 'name', headerName: t('organizations.columns.name'), flex: 2, minWidth: 220 },
      {
        field: 'kind',
        headerName: t('organizations.columns.kind'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_value, row) => t(`organizations.kinds.${row.kind}`),
      },
      {
        field: 'districtCode',
        headerName: t('organizations.columns.district'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_value, row) =>
          row.districtCode
            ? (districtNames.get(row.districtCode) ?? row.districtCode)
            : t('organizations.provinceLevel'),
      },
    ];
    if (onEdit) {
      list.push({
        field: 'actions',
        type: 'actions',
        headerName: t('organizations.columns.actions'),
        width: 80,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<Edit />}
            label={t('organizations.editAria', { name: row.name })}
            onClick={() => onEdit(row)}
          />,
        ],
      });
    }
    return list;
  }, [t, districtNames, onEdit]);

  return (
    <DataGrid
      aria-label={t('organizations.gridLabel')}
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
