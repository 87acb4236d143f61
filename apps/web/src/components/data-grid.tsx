import { useState } from 'react';
import {
  DataGrid as MuiDataGrid,
  type DataGridProps,
  type GridLocaleText,
  type GridPaginationModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { enUS, viVN } from '@mui/x-data-grid/locales';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { useSmallScreen } from '../lib/use-small-screen';
import { RowCards, type RowCard } from './row-cards';

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

export type AppDataGridProps<R extends GridValidRowModel> = DataGridProps<R> & {
  /** Every grid is named for screen readers (and for the browser tests). */
  'aria-label': string;
  /** On a phone, the rows as cards (name, status, main action) instead of columns. */
  card?: RowCard<R>;
  /** Long texts (titles, venues) wrap onto more lines instead of being cut off. */
  wrapText?: boolean;
};

/** Rows as tall as their text when cells wrap. */
const autoRowHeight = () => 'auto' as const;
const wrappingCells = {
  // Headers wrap too ("Năm sinh" on two lines rather than "Năm si…").
  '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
  '& .MuiDataGrid-cell': {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    lineHeight: 1.4,
    py: 0.75,
    display: 'flex',
    alignItems: 'center',
  },
} as const;

/** The grid's rows as cards, paged as the grid pages them (on the server or on the device). */
function GridCards<R extends GridValidRowModel>(
  props: Omit<AppDataGridProps<R>, 'wrapText'> & {
    card: RowCard<R>;
    localeText: Partial<GridLocaleText>;
  },
) {
  const { rows = [], card, localeText, getRowId, paginationMode, rowCount } = props;
  const server = paginationMode === 'server';
  const [localPage, setLocalPage] = useState(0);
  const model = props.paginationModel ?? {
    page: localPage,
    pageSize: props.initialState?.pagination?.paginationModel?.pageSize ?? 100,
  };
  const count = server ? (rowCount ?? rows.length) : rows.length;
  // A shorter list (a search) may leave the page beyond its end: show its last page.
  const lastPage = Math.max(0, Math.ceil(count / model.pageSize) - 1);
  const page = Math.min(model.page, lastPage);
  const shown = server ? rows : rows.slice(page * model.pageSize, (page + 1) * model.pageSize);
  const from = count === 0 ? 0 : page * model.pageSize + 1;
  const to = Math.min(count, (page + 1) * model.pageSize);
  return (
    <RowCards<R>
      aria-label={props['aria-label']}
      rows={shown}
      rowKey={(row) => (getRowId ? getRowId(row) : (row.id as string))}
      card={card}
      loading={props.loading}
      noRowsLabel={localeText.noRowsLabel ?? ''}
      paging={{
        page,
        pageSize: model.pageSize,
        rowCount: count,
        displayedRows:
          localeText.paginationDisplayedRows?.({ from, to, count, estimated: undefined }) ?? '',
        onPageChange: (next) => {
          setLocalPage(next);
          // The app's paging hooks read the model only (the grid's details are for its own API).
          const notify = props.onPaginationModelChange as
            ((model: GridPaginationModel) => void) | undefined;
          notify?.({ ...model, page: next });
        },
      }}
    />
  );
}

/**
 * MUI X DataGrid in the UI language. The grid's texts load with the pages that show a grid
 * rather than with the shell (they are not in the theme for that reason). With a `card`, a phone
 * shows the rows as cards.
 */
export function DataGrid<R extends GridValidRowModel>(props: AppDataGridProps<R>) {
  const { card, wrapText = false, ...grid } = props;
  const { i18n } = useTranslation();
  const small = useSmallScreen();
  const language = toLanguage(i18n.resolvedLanguage);
  // A grid's own texts (its empty state) go on top of the language's.
  const localeText = { ...localeTexts[language], ...props.localeText };
  if (card && small) return <GridCards<R> {...props} card={card} localeText={localeText} />;
  return (
    <MuiDataGrid<R>
      {...grid}
      {...(wrapText && {
        getRowHeight: autoRowHeight,
        columnHeaderHeight: 56,
        sx: [wrappingCells, ...(Array.isArray(grid.sx) ? grid.sx : [grid.sx])],
      })}
      localeText={localeText}
    />
  );
}
