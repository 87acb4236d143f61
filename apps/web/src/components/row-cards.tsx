import { useId, type ReactElement, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { GridActionsCellItem, type GridActionsColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';

/** One action on a row: an icon in a grid's actions column, an icon button on the row's card. */
export interface RowAction {
  key: string;
  icon: ReactElement;
  /** What it does and to whom ("Hủy đăng ký của Nguyễn Thị Nhàn"): the button's name. */
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** How a row reads as a card on a phone: its name, its status and what one does with it. */
export interface RowCard<R> {
  /** The row's name: the card's first line and its accessible name. Long names wrap. */
  title: (row: R) => ReactNode;
  /** A status chip beside the title, never cut off. */
  status?: (row: R) => ReactNode;
  /** A few short facts under the title (a date, a place), one line each. */
  details?: (row: R) => ReactNode[];
  /** The main action (a button, a link or `RowActionButtons`). */
  action?: (row: R) => ReactNode;
}

/** A page of the cards, as the grid's footer would show it. */
export interface RowCardsPaging {
  /** From 0, as in the grid. */
  page: number;
  pageSize: number;
  rowCount: number;
  onPageChange: (page: number) => void;
  /** "1–50 trên 120", in the grid's words. */
  displayedRows: string;
}

interface RowCardsProps<R> {
  'aria-label': string;
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  card: RowCard<R>;
  loading?: boolean;
  /** Shown instead of the cards when there is no row. */
  noRowsLabel: string;
  /** Absent when every row is shown at once. */
  paging?: RowCardsPaging;
}

/** A grid's actions column built from the same actions its cards show. */
export function actionsColumn<R extends object>(
  column: Omit<GridActionsColDef<R>, 'type' | 'getActions'>,
  actions: (row: R) => RowAction[],
): GridActionsColDef<R> {
  return {
    ...column,
    type: 'actions',
    getActions: ({ row }) =>
      actions(row).map(({ key, icon, label, onClick, disabled }) => (
        <GridActionsCellItem
          key={key}
          icon={icon}
          label={label}
          onClick={onClick}
          disabled={disabled}
        />
      )),
  };
}

/** The actions of a row on its card: icon buttons large enough for a thumb, each named. */
export function RowActionButtons({ actions }: { actions: RowAction[] }) {
  if (actions.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      {actions.map(({ key, icon, label, onClick, disabled }) => (
        <Tooltip key={key} title={label}>
          <span>
            <IconButton
              aria-label={label}
              onClick={onClick}
              disabled={disabled}
              sx={{ width: 44, height: 44 }}
            >
              {icon}
            </IconButton>
          </span>
        </Tooltip>
      ))}
    </Box>
  );
}

function RowCardItem<R>({ row, card }: { row: R; card: RowCard<R> }) {
  const titleId = useId();
  // Facts a row lacks (no phone, not checked in) leave no empty line.
  const details =
    card.details?.(row).filter((detail) => detail !== false && detail !== '' && detail != null) ??
    [];
  const action = card.action?.(row);
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.75, minWidth: 0 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1 }}>
        <Typography
          id={titleId}
          component="div"
          sx={{ flex: '1 1 160px', minWidth: 0, fontWeight: 600, overflowWrap: 'anywhere' }}
        >
          {card.title(row)}
        </Typography>
        {card.status && <Box sx={{ flexShrink: 0, maxWidth: '100%' }}>{card.status(row)}</Box>}
      </Box>
      {/* The action sits beside the facts when it is small (icons), under them when not. */}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Box sx={{ flex: '1 1 180px', minWidth: 0, display: 'grid', gap: 0.5 }}>
          {details.map((detail, index) => (
            <Typography
              key={index}
              variant="body2"
              color="text.secondary"
              component="div"
              sx={{ overflowWrap: 'anywhere' }}
            >
              {detail}
            </Typography>
          ))}
        </Box>
        {action && (
          <Box sx={{ ml: 'auto', display: 'flex', flexWrap: 'wrap', gap: 1 }}>{action}</Box>
        )}
      </Box>
    </Paper>
  );
}

/**
 * A list on a phone: one card per row (its name, its status chip and its main action) instead of
 * a grid's columns, so nothing scrolls sideways. Grids get it through `DataGrid`'s `card`.
 */
export function RowCards<R>(props: RowCardsProps<R>) {
  const { rows, rowKey, card, loading = false, noRowsLabel, paging } = props;
  const { t } = useTranslation();
  const pageCount = paging ? Math.ceil(paging.rowCount / paging.pageSize) : 0;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ height: 4, mb: 1 }}>
        {loading && <LinearProgress aria-label={t('app.loading')} />}
      </Box>
      {rows.length === 0 && !loading ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {noRowsLabel}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={props['aria-label']}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}
        >
          {rows.map((row) => (
            <RowCardItem key={rowKey(row)} row={row} card={card} />
          ))}
        </Box>
      )}
      {paging && pageCount > 1 && (
        <Box
          sx={{
            mt: 1.5,
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 1,
          }}
        >
          <Typography variant="body2" color="text.secondary">
            {paging.displayedRows}
          </Typography>
          <Pagination
            count={pageCount}
            page={paging.page + 1}
            onChange={(_event, page) => paging.onPageChange(page - 1)}
            siblingCount={0}
            boundaryCount={1}
            color="primary"
          />
        </Box>
      )}
    </Box>
  );
}
