import { useMemo } from 'react';
import type { AdminUnit, Organization } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { useCommuneNames } from '../../../lib/communes';
import { useOrganizationOptions } from '../../../lib/reference-data';

interface OrganizationsGridProps extends PagedGridProps<Organization> {
  /** The districts of before 1/7/2025, for organizations recorded with one then. */
  formerDistricts: AdminUnit[];
  /** Absent for roles that only read. */
  onEdit?: (organization: Organization) => void;
}

/**
 * One page of organizations at a time (server-side paging; filters live in the toolbar), each
 * with the association it is a branch of and the commune it works in.
 */
export function OrganizationsGrid(props: OrganizationsGridProps) {
  const { page, loading, formerDistricts, paging, onEdit } = props;
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const options = useOrganizationOptions();
  const organizationNames = useMemo(
    () => new Map((options.data ?? []).map((organization) => [organization.id, organization.name])),
    [options.data],
  );
  const districtNames = useMemo(
    () => new Map(formerDistricts.map((district) => [district.code, district.name])),
    [formerDistricts],
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
        field: 'parentId',
        headerName: t('organizations.columns.parent'),
        flex: 1.5,
        minWidth: 180,
        valueGetter: (_value, row) =>
          row.parentId ? (organizationNames.get(row.parentId) ?? '') : t('common.none'),
      },
      {
        field: 'communeCode',
        headerName: t('organizations.columns.place'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_value, row) => {
          if (row.communeCode) return communeNames.get(row.communeCode) ?? row.communeCode;
          if (row.districtCode)
            return t('organizations.formerDistrict', {
              name: districtNames.get(row.districtCode) ?? row.districtCode,
            });
          return t('organizations.provinceLevel');
        },
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
  }, [t, organizationNames, communeNames, districtNames, onEdit]);

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
