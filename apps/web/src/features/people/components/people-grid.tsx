import { useMemo } from 'react';
import type { Person } from '@canhgiac/contracts';
import DeleteForeverOutlined from '@mui/icons-material/DeleteForeverOutlined';
import Edit from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { personName } from '../../../components/person-form/person-form-values';
import { useCommuneNames } from '../../../lib/communes';
import { useOrganizationOptions } from '../../../lib/reference-data';

interface PeopleGridProps extends PagedGridProps<Person> {
  /** A coordinator's people are all of one organization: the column is left out. */
  showOrganization: boolean;
  onEdit: (person: Person) => void;
  /** Absent for roles that may not erase. */
  onErase?: (person: Person) => void;
}

/** One page of people at a time (server-side paging and search). */
export function PeopleGrid(props: PeopleGridProps) {
  const { page, loading, paging, showOrganization, onEdit, onErase } = props;
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const organizations = useOrganizationOptions();

  const columns = useMemo<GridColDef<Person>[]>(() => {
    const organizationNames = new Map((organizations.data ?? []).map((o) => [o.id, o.name]));
    const list: GridColDef<Person>[] = [
      {
        field: 'fullName',
        headerName: t('people.columns.fullName'),
        flex: 2,
        minWidth: 170,
        valueGetter: (_value, row) => personName(row, t),
        renderCell: ({ row, value }) =>
          row.erased ? (
            <Box component="span" sx={{ fontStyle: 'italic', color: 'text.secondary' }}>
              {value as string}
            </Box>
          ) : (
            (value as string)
          ),
      },
      { field: 'birthYear', headerName: t('people.columns.birthYear'), width: 90 },
      {
        field: 'gender',
        headerName: t('people.columns.gender'),
        width: 80,
        valueGetter: (_value, row) => t(`personForm.genders.${row.gender}`),
      },
      { field: 'phone', headerName: t('people.columns.phone'), width: 120 },
      {
        field: 'communeCode',
        headerName: t('people.columns.commune'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => communeNames.get(row.communeCode) ?? row.communeCode,
      },
      {
        field: 'group',
        headerName: t('people.columns.group'),
        width: 140,
        valueGetter: (_value, row) => t(`personForm.groups.${row.group}`),
      },
    ];
    if (showOrganization) {
      list.push({
        field: 'organizationId',
        headerName: t('people.columns.organization'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) =>
          row.organizationId ? (organizationNames.get(row.organizationId) ?? '') : '',
      });
    }
    list.push({
      field: 'actions',
      type: 'actions',
      headerName: t('people.columns.actions'),
      width: 100,
      getActions: ({ row }) => {
        if (row.erased) return [];
        const name = personName(row, t);
        const actions = [
          <GridActionsCellItem
            key="edit"
            icon={<Edit />}
            label={t('people.actions.edit', { name })}
            onClick={() => onEdit(row)}
          />,
        ];
        if (onErase) {
          actions.push(
            <GridActionsCellItem
              key="erase"
              icon={<DeleteForeverOutlined />}
              label={t('people.actions.erase', { name })}
              onClick={() => onErase(row)}
            />,
          );
        }
        return actions;
      },
    });
    return list;
  }, [t, communeNames, organizations.data, showOrganization, onEdit, onErase]);

  return (
    <ServerPagedGrid
      aria-label={t('people.gridLabel')}
      columns={columns}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
