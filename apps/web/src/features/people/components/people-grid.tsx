import { useCallback, useMemo } from 'react';
import type { Person } from '@canhgiac/contracts';
import DeleteForeverOutlined from '@mui/icons-material/DeleteForeverOutlined';
import Edit from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import {
  actionsColumn,
  RowActionButtons,
  type RowAction,
  type RowCard,
} from '../../../components/row-cards';
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

/** An erased person's placeholder name is set apart from real names. */
function PersonName({ person, name }: { person: Person; name: string }) {
  return person.erased ? (
    <Box component="span" sx={{ fontStyle: 'italic', color: 'text.secondary' }}>
      {name}
    </Box>
  ) : (
    name
  );
}

/** One page of people at a time (server-side paging and search); on a phone, one card each. */
export function PeopleGrid(props: PeopleGridProps) {
  const { page, loading, paging, showOrganization, onEdit, onErase } = props;
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const organizations = useOrganizationOptions();

  const organizationNames = useMemo(
    () => new Map((organizations.data ?? []).map((o) => [o.id, o.name])),
    [organizations.data],
  );
  // An erased person has nothing left to edit or erase.
  const rowActions = useCallback(
    (row: Person): RowAction[] => {
      if (row.erased) return [];
      const name = personName(row, t);
      const actions: RowAction[] = [
        {
          key: 'edit',
          icon: <Edit />,
          label: t('people.actions.edit', { name }),
          onClick: () => onEdit(row),
        },
      ];
      if (onErase) {
        actions.push({
          key: 'erase',
          icon: <DeleteForeverOutlined />,
          label: t('people.actions.erase', { name }),
          onClick: () => onErase(row),
        });
      }
      return actions;
    },
    [t, onEdit, onErase],
  );

  const columns = useMemo<GridColDef<Person>[]>(() => {
    const list: GridColDef<Person>[] = [
      {
        field: 'fullName',
        headerName: t('people.columns.fullName'),
        flex: 1.5,
        minWidth: 150,
        valueGetter: (_value, row) => personName(row, t),
        renderCell: ({ row, value }) => <PersonName person={row} name={value as string} />,
      },
      { field: 'birthYear', headerName: t('people.columns.birthYear'), width: 85 },
      {
        field: 'gender',
        headerName: t('people.columns.gender'),
        width: 80,
        valueGetter: (_value, row) => t(`personForm.genders.${row.gender}`),
      },
      { field: 'phone', headerName: t('people.columns.phone'), width: 115 },
      {
        field: 'communeCode',
        headerName: t('people.columns.commune'),
        flex: 1,
        minWidth: 120,
        valueGetter: (_value, row) => communeNames.get(row.communeCode) ?? row.communeCode,
      },
      {
        field: 'group',
        headerName: t('people.columns.group'),
        width: 130,
        valueGetter: (_value, row) => t(`personForm.groups.${row.group}`),
      },
    ];
    if (showOrganization) {
      list.push({
        field: 'organizationId',
        headerName: t('people.columns.organization'),
        flex: 1.2,
        minWidth: 140,
        valueGetter: (_value, row) =>
          row.organizationId ? (organizationNames.get(row.organizationId) ?? '') : '',
      });
    }
    list.push(
      actionsColumn(
        { field: 'actions', headerName: t('people.columns.actions'), width: 90 },
        rowActions,
      ),
    );
    return list;
  }, [t, communeNames, organizationNames, showOrganization, rowActions]);

  const card = useMemo<RowCard<Person>>(
    () => ({
      title: (row) => <PersonName person={row} name={personName(row, t)} />,
      status: (row) => (
        <Chip size="small" variant="outlined" label={t(`personForm.groups.${row.group}`)} />
      ),
      details: (row) => [
        [
          row.birthYear,
          t(`personForm.genders.${row.gender}`),
          communeNames.get(row.communeCode) ?? row.communeCode,
        ].join(' · '),
        row.phone,
        showOrganization && row.organizationId && organizationNames.get(row.organizationId),
      ],
      action: (row) => <RowActionButtons actions={rowActions(row)} />,
    }),
    [t, communeNames, organizationNames, showOrganization, rowActions],
  );

  return (
    <ServerPagedGrid
      aria-label={t('people.gridLabel')}
      columns={columns}
      card={card}
      wrapText
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
