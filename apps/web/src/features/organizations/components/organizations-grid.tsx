import { useMemo } from 'react';
import type { AdminUnit, Organization } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';

interface OrganizationsGridProps extends PagedGridProps<Organization> {
  districts: AdminUnit[];
  /** Absent for roles that only read. */
  onEdit?: (organization: Organization) => void;
}

/** One page of organizations at a time (server-side paging; filters live in the toolbar). */
export function OrganizationsGrid(props: OrganizationsGridProps) {
  const { page, loading, districts, paging, onEdit } = props;
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
    <ServerPagedGrid
      aria-label={t('organizations.gridLabel')}
      columns={columns}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
