import { useState } from 'react';
import type { GridPaginationModel } from '@mui/x-data-grid';

/** The grid's side of server paging: what `ServerPagedGrid` shows and changes. */
export interface ServerPaging {
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
}

/**
 * The page a server-paged list shows. `page` and `pageSize` go to the API as they are (pages
 * count from 1 there, from 0 in the grid). When `filterKey` changes (new filters or search),
 * the list starts again from the first page.
 */
export function useServerPaging(pageSize: number, filterKey = '') {
  const [model, setModel] = useState<GridPaginationModel>({ page: 0, pageSize });
  const [lastKey, setLastKey] = useState(filterKey);
  if (lastKey !== filterKey) {
    setLastKey(filterKey);
    setModel((current) => ({ ...current, page: 0 }));
  }
  const paging: ServerPaging = { paginationModel: model, onPaginationModelChange: setModel };
  return { paging, page: model.page + 1, pageSize: model.pageSize };
}
