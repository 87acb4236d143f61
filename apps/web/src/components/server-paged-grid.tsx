import type { Page } from '@canhgiac/contracts';
import type { GridValidRowModel } from '@mui/x-data-grid';
import type { ServerPaging } from '../lib/use-server-paging';
import { DataGrid, type AppDataGridProps } from './data-grid';

/** What every server-paged grid of a feature receives from its section. */
export interface PagedGridProps<R> {
  page: Page<R> | undefined;
  loading: boolean;
  paging: ServerPaging;
}

type ServerPagedGridProps<R extends GridValidRowModel> = PagedGridProps<R> &
  Omit<AppDataGridProps<R>, 'rows' | 'rowCount' | 'paginationMode' | 'loading'>;

const defaultPageSizes = [25, 50, 100];

/**
 * One page of a list that the API pages: the rows and the total come from a `Page`, the page
 * and its size from `useServerPaging`. Sorting and filtering are the API's (the toolbars), so the
 * grid's own are off.
 */
export function ServerPagedGrid<R extends GridValidRowModel>(props: ServerPagedGridProps<R>) {
  const { page, loading, paging, pageSizeOptions = defaultPageSizes, ...grid } = props;
  return (
    <DataGrid<R>
      rows={page?.items ?? []}
      rowCount={page?.total ?? 0}
      loading={loading}
      paginationMode="server"
      paginationModel={paging.paginationModel}
      onPaginationModelChange={paging.onPaginationModelChange}
      pageSizeOptions={pageSizeOptions}
      disableColumnSorting
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
      {...grid}
    />
  );
}
