import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';

/** Opens the page on the last day of the former map (30/06/2025), when districts existed. */
async function openReferencePage() {
  const api = mockReferenceApi();
  const view = renderApp('/reference');
  const day = await screen.findByRole('group', { name: 'Đơn vị hành chính vào ngày' });
  await view.user.click(within(day).getAllByRole('spinbutton')[0]!);
  await view.user.keyboard('30062025');
  const districtsGrid = await screen.findByRole('grid', { name: 'Danh sách huyện, thành phố' });
  await within(districtsGrid).findByText('Huyện Hải Hậu');
  return { ...view, ...api, districtsGrid };
}

describe('administrative units', () => {
  it("lists today's communes of the province, with no district step since 1/7/2025", async () => {
    const { requests } = mockReferenceApi();
    renderApp('/reference');

    const grid = await screen.findByRole('grid', { name: 'Danh sách xã, phường của tỉnh' });
    expect(await within(grid).findByText('Xã Hải Hậu')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Xã, phường của tỉnh (3)' })).toBeInTheDocument();
    expect(
      screen.queryByRole('grid', { name: 'Danh sách huyện, thành phố' }),
    ).not.toBeInTheDocument();
    const communeRequest = requests.find((request) => request.query.get('level') === 'commune');
    expect(communeRequest?.query.get('on')).toBe('2026-05-15');
  });

  it('shows the history of a code: what it was, and what it became on 1/7/2025', async () => {
    mockReferenceApi({
      'adminUnits.history': () => ({
        body: [
          {
            code: '13669',
            name: 'Phường Cửa Bắc',
            type: 'phường',
            level: 'commune',
            parentCode: '356',
            population: 9812,
            areaKm2: null,
            validFrom: null,
            validTo: '2025-06-30',
            predecessors: [],
            successors: [
              {
                code: '13669',
                name: 'Phường Nam Định',
                validFrom: '2025-07-01',
                extent: 'whole',
                legalBasis: 'Nghị quyết 1674/NQ-UBTVQH15, Điều 1 khoản 114',
              },
            ],
          },
          {
            code: '13669',
            name: 'Phường Nam Định',
            type: 'phường',
            level: 'commune',
            parentCode: '37',
            population: 201570,
            areaKm2: null,
            validFrom: '2025-07-01',
            validTo: null,
            predecessors: [
              {
                code: '13669',
                name: 'Phường Cửa Bắc',
                validTo: '2025-06-30',
                extent: 'whole',
                legalBasis: 'Nghị quyết 1674/NQ-UBTVQH15, Điều 1 khoản 114',
              },
              {
                code: '13636',
                name: 'Phường Vị Xuyên',
                validTo: '2025-06-30',
                extent: 'whole',
                legalBasis: 'Nghị quyết 1674/NQ-UBTVQH15, Điều 1 khoản 114',
              },
            ],
            successors: [],
          },
        ],
      }),
    });
    const { user } = renderApp('/reference');
    const grid = await screen.findByRole('grid', { name: 'Danh sách xã, phường của tỉnh' });
    await within(grid).findByText('Phường Nam Định');

    await user.click(within(grid).getByRole('button', { name: 'Lịch sử của Phường Nam Định' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lịch sử mã 13669' });
    const periods = within(
      await within(dialog).findByRole('list', { name: 'Các thời kỳ của mã này' }),
    ).getAllByRole('listitem');
    expect(periods.map((item) => item.textContent)).toEqual([
      'Phường Cửa Bắc · đến 30/06/2025Nay thuộc: Phường Nam Định (13669, từ 01/07/2025)Căn cứ: Nghị quyết 1674/NQ-UBTVQH15, Điều 1 khoản 114',
      'Phường Nam Định · từ 01/07/2025Hình thành từ: Phường Cửa Bắc (13669, đến 30/06/2025); Phường Vị Xuyên (13636, đến 30/06/2025)Căn cứ: Nghị quyết 1674/NQ-UBTVQH15, Điều 1 khoản 114',
    ]);
  });

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
    const communeRequest = requests.find(
      (request) => request.query.get('level') === 'commune' && request.query.has('parentCode'),
    );
    expect(communeRequest?.query.get('parentCode')).toBe('366');
    expect(communeRequest?.query.get('on')).toBe('2025-06-30');
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
