import type { AdminUnit } from '@canhgiac/contracts';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import { useAdminUnitColumns } from './use-admin-unit-columns';

interface DistrictsGridProps {
  districts: AdminUnit[];
  loading: boolean;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

function selectionOf(code: string | null): GridRowSelectionModel {
  return { type: 'include', ids: new Set(code ? [code] : []) };
}

/** The districts; selecting one (click, Enter or Space on its row) opens its communes. */
export function DistrictsGrid({ districts, loading, selectedCode, onSelect }: DistrictsGridProps) {
  const { t } = useTranslation();
  const columns = useAdminUnitColumns();
  return (
    <DataGrid
      aria-label={t('adminUnits.districtsGridLabel')}
      rows={districts}
      columns={columns}
      getRowId={(row) => row.code}
      loading={loading}
      autoHeight
      hideFooter
      disableMultipleRowSelection
      rowSelectionModel={selectionOf(selectedCode)}
      onRowSelectionModelChange={(model) => {
        const [first] = model.ids;
        if (first !== undefined) onSelect(String(first));
      }}
      onCellKeyDown={(params, event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(String(params.id));
        }
      }}
      sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
    />
  );
}
