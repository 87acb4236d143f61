import Delete from '@mui/icons-material/Delete';
import Chip from '@mui/material/Chip';
import { ThemeProvider } from '@mui/material/styles';
import type { GridColDef } from '@mui/x-data-grid';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAppTheme } from '../theme/theme';
import { DataGrid } from './data-grid';
import { actionsColumn, RowActionButtons, type RowAction, type RowCard } from './row-cards';

interface Member {
  id: number;
  name: string;
  status: 'new' | 'done';
  phone: string | null;
}

const members: Member[] = Array.from({ length: 60 }, (_, index) => ({
  id: index + 1,
  name: `Hội viên số ${index + 1}`,
  status: index % 2 === 0 ? 'new' : 'done',
  phone: index === 0 ? '0912345678' : null,
}));

function MembersGrid({ onRemove }: { onRemove: (member: Member) => void }) {
  const actions = (row: Member): RowAction[] =>
    row.status === 'done'
      ? []
      : [
          {
            key: 'remove',
            icon: <Delete />,
            label: `Xóa ${row.name}`,
            onClick: () => onRemove(row),
          },
        ];
  const columns: GridColDef<Member>[] = [
    { field: 'name', headerName: 'Họ và tên', flex: 1 },
    { field: 'status', headerName: 'Trạng thái', width: 120 },
    actionsColumn({ field: 'actions', headerName: 'Thao tác', width: 80 }, actions),
  ];
  const card: RowCard<Member> = {
    title: (row) => row.name,
    status: (row) => <Chip size="small" label={row.status === 'new' ? 'Mới' : 'Xong'} />,
    details: (row) => [row.phone],
    action: (row) => <RowActionButtons actions={actions(row)} />,
  };
  return (
    // The theme brings MUI's Vietnamese texts (the pagination's).
    <ThemeProvider theme={createAppTheme('vi')}>
      <DataGrid
        aria-label="Hội viên"
        rows={members}
        columns={columns}
        card={card}
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[50]}
      />
    </ThemeProvider>
  );
}

describe('a grid on a phone', () => {
  it('shows each row as a card named by its title, with its status and its action', async () => {
    window.innerWidth = 390;
    const onRemove = vi.fn();
    render(<MembersGrid onRemove={onRemove} />);

    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Hội viên' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    const first = within(list).getByRole('listitem', { name: 'Hội viên số 1' });
    expect(within(first).getByText('Mới')).toBeVisible();
    expect(within(first).getByText('0912345678')).toBeInTheDocument();
    const second = within(list).getByRole('listitem', { name: 'Hội viên số 2' });
    expect(within(second).getByText('Xong')).toBeVisible();
    expect(within(second).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(first).getByRole('button', { name: 'Xóa Hội viên số 1' }));
    expect(onRemove).toHaveBeenCalledWith(members[0]);
  });

  it('pages the cards as the grid pages its rows', async () => {
    window.innerWidth = 390;
    render(<MembersGrid onRemove={() => undefined} />);

    expect(screen.getByText('1–50 trên 60')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tới trang 2' }));

    const list = screen.getByRole('list', { name: 'Hội viên' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).getByRole('listitem', { name: 'Hội viên số 51' })).toBeInTheDocument();
    expect(screen.getByText('51–60 trên 60')).toBeInTheDocument();
  });

  it('stays a grid on a wider screen, with the same actions in its last column', async () => {
    const onRemove = vi.fn();
    render(<MembersGrid onRemove={onRemove} />);

    const grid = screen.getByRole('grid', { name: 'Hội viên' });
    expect(screen.queryByRole('list', { name: 'Hội viên' })).not.toBeInTheDocument();
    await userEvent.click(within(grid).getByRole('button', { name: 'Xóa Hội viên số 1' }));
    expect(onRemove).toHaveBeenCalledWith(members[0]);
  });
});
