import { useCallback, useMemo } from 'react';
import { foldText, type AdminUnit } from '@canhgiac/contracts';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';

const typeKeys = {
  tinh: 'province',
  'thanh pho': 'city',
  'thi xa': 'town',
  huyen: 'district',
  phuong: 'ward',
  'thi tran': 'township',
  xa: 'commune',
} as const;

/** The API gives the official Vietnamese type ("thị trấn"); shown translated and capitalised. */
export function useAdminUnitTypeLabel(): (type: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (type: string) => {
      const key = typeKeys[foldText(type) as keyof typeof typeKeys];
      if (key) return t(`adminUnits.types.${key}`);
      return type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
    },
    [t],
  );
}

/** Name, type, code and population columns shared by the district and commune grids. */
export function useAdminUnitColumns(): GridColDef<AdminUnit>[] {
  const { t } = useTranslation();
  const typeLabel = useAdminUnitTypeLabel();
  const formatNumber = useNumberFormat();
  return useMemo(
    () => [
      { field: 'name', headerName: t('adminUnits.columns.name'), flex: 1, minWidth: 170 },
      {
        field: 'type',
        headerName: t('adminUnits.columns.type'),
        width: 100,
        valueGetter: (_value, row) => typeLabel(row.type),
      },
      { field: 'code', headerName: t('adminUnits.columns.code'), width: 76 },
      {
        field: 'population',
        headerName: t('adminUnits.columns.population'),
        type: 'number',
        width: 110,
        valueFormatter: (value: number | null) => formatNumber(value),
      },
    ],
    [t, typeLabel, formatNumber],
  );
}
