import {
  DataGrid as MuiDataGrid,
  type DataGridProps,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { enUS, viVN } from '@mui/x-data-grid/locales';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';

const vietnameseNumber = new Intl.NumberFormat('vi-VN');

const localeTexts = {
  vi: {
    ...viVN.components.MuiDataGrid.defaultProps.localeText,
    // MUI X leaves this one untranslated in Vietnamese ("1–25 of 300").
    paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
      `${vietnameseNumber.format(from)}–${vietnameseNumber.format(to)} trên ${count === -1 ? `hơn ${vietnameseNumber.format(to)}` : vietnameseNumber.format(count)}`,
  },
  en: enUS.components.MuiDataGrid.defaultProps.localeText,
};

type AppDataGridProps<R extends GridValidRowModel> = DataGridProps<R> & {
  /** Every grid is named for screen readers (and for the browser tests). */
  'aria-label': string;
};

/**
 * MUI X DataGrid in the UI language. The grid's texts load with the pages that show a grid
 * rather than with the shell (they are not in the theme for that reason).
 */
export function DataGrid<R extends GridValidRowModel>(props: AppDataGridProps<R>) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  // A grid's own texts (its empty state) go on top of the language's.
  return (
    <MuiDataGrid<R> {...props} localeText={{ ...localeTexts[language], ...props.localeText }} />
  );
}
