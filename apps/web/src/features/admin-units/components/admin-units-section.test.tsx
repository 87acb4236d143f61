import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';

async function openReferencePage() {
  const api = mockReferenceApi();
  const view = renderApp('/reference');
  const districtsGrid = await screen.findByRole('grid', { name: 'Danh sách huyện, thành phố' });
  await within(districtsGrid).findByText('Huyện Hải Hậu');
  return { ...view, ...api, districtsGrid };
}

describe('administrative units', () => {
  it('lists the 9 districts with their type and population written the Vietnamese way', async () => {
    const { districtsGrid } = await openReferencePage();

    const row = within(districtsGrid)
      .getByText('Huyện Hải Hậu')
      .closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Huyện')).toBeInTheDocument();
    expect(within(row).getByText('366')).toBeInTheDocument();
    expect(within(row).getByText('262.901')).toBeInTheDocument();
    expect(within(districtsGrid).getByText('Thành phố')).toBeInTheDocument();
    expect(screen.getByText(/Chọn một huyện ở bảng trên/u)).toBeInTheDocument();
  });

  it('drills down from a district to its communes', async () => {
    const { user, districtsGrid, requests } = await openReferencePage();

    await user.click(within(districtsGrid).getByText('Huyện Hải Hậu'));

    expect(
      await screen.findByRole('heading', { name: 'Xã, phường, thị trấn của Huyện Hải Hậu (24)' }),
    ).toBeInTheDocument();
    const communesGrid = screen.getByRole('grid', {
      name: 'Danh sách xã, phường, thị trấn của Huyện Hải Hậu',
    });
    expect(within(communesGrid).getByText('Thị trấn Yên Định')).toBeInTheDocument();
    const communeRequest = requests.find((request) => request.query.get('level') === 'commune');
    expect(communeRequest?.query.get('parentCode')).toBe('366');
  });

  it('opens a district from the keyboard', async () => {
    const { user, districtsGrid } = await openReferencePage();

    const cell = within(districtsGrid)
      .getByText('Huyện Giao Thủy')
      .closest('[role="gridcell"]') as HTMLElement;
    cell.focus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { name: /^Xã, phường, thị trấn của Huyện Giao Thủy/u }),
    ).toBeInTheDocument();
  });

  it('filters communes without needing accents: "hai" finds "Hải"', async () => {
    const { user, districtsGrid } = await openReferencePage();
    await user.click(within(districtsGrid).getByText('Huyện Hải Hậu'));
    const communesGrid = await screen.findByRole('grid', {
      name: 'Danh sách xã, phường, thị trấn của Huyện Hải Hậu',
    });
    await within(communesGrid).findByText('Thị trấn Cồn');

    const search = screen.getByRole('searchbox', { name: 'Tìm xã, phường, thị trấn' });
    await user.type(search, 'hai');

    await waitFor(() =>
      expect(within(communesGrid).queryByText('Thị trấn Cồn')).not.toBeInTheDocument(),
    );
    expect(within(communesGrid).getByText('Xã Hải Anh')).toBeInTheDocument();
    expect(screen.getByText('Đang hiện 21 trên 24')).toBeInTheDocument();

    await user.type(search, ' dong');

    await waitFor(() =>
      expect(within(communesGrid).queryByText('Xã Hải Anh')).not.toBeInTheDocument(),
    );
    expect(within(communesGrid).getByText('Xã Hải Đông')).toBeInTheDocument();
    expect(screen.getByText('Đang hiện 1 trên 24')).toBeInTheDocument();
  });
});
