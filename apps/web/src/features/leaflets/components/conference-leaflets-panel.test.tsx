import type { Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { conferences, page } from '../../../test/conference-fixtures';
import { allocations, batch } from '../../../test/leaflet-fixtures';
import { renderApp } from '../../../test/render-app';

type Routes = Parameters<typeof mockConferenceApi>[0];
const held = conferences[2];
const ofHeld = allocations.filter((allocation) => allocation.conferenceId === held.id);

function openTab(extra: Routes = {}, role: Role = 'staff', conference = held) {
  const api = mockConferenceApi(
    {
      'leaflets.listBatches': (request) => ({ body: page([batch], request) }),
      'leaflets.listAllocations': (request) => ({
        body: page(request.query.get('conferenceId') === held.id ? ofHeld : [], request),
      }),
      ...extra,
    },
    role,
  );
  const view = renderApp(`/conferences/${conference.id}?tab=leaflets`);
  return { ...api, ...view };
}

describe("the conference page's leaflets tab", () => {
  it("lists the conference's own allocations", async () => {
    const { requests } = openTab();

    const grid = await screen.findByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });
    expect(await within(grid).findByText('1/BBBG-2026')).toBeInTheDocument();
    expect(screen.getByText('Đã phân bổ 300 tờ, đã giao 300 tờ.')).toBeInTheDocument();
    const list = requests.find((request) => request.route === 'leaflets.listAllocations');
    expect(list?.query.get('conferenceId')).toBe(held.id);
  });

  it('names each allocation card by its handover note on a phone', async () => {
    window.innerWidth = 390;
    openTab();

    const list = await screen.findByRole('list', { name: 'Danh sách phân bổ tờ rơi' });
    const card = await within(list).findByRole('listitem', { name: 'Biên bản 1/BBBG-2026' });
    expect(within(card).getByText('Đã giao')).toBeVisible();
    expect(within(card).getByText('300 tờ')).toBeInTheDocument();
    expect(within(card).queryByText(held.title)).not.toBeInTheDocument();
    expect(
      within(card).getByRole('button', { name: 'Tải biên bản bàn giao 1/BBBG-2026' }),
    ).toBeInTheDocument();
  });

  it('allocates leaflets to the conference itself', async () => {
    const { user, requests } = openTab({
      'leaflets.allocate': () => ({
        status: 201,
        body: {
          ...ofHeld[0],
          id: 'a0a80101-0000-4000-8000-0000000000f2',
          documentNumber: '12/BBBG-2026',
          quantity: 250,
          status: 'planned',
        },
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Phân bổ tờ rơi cho hội nghị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân bổ tờ rơi' });
    expect(within(dialog).getByText(`Nơi nhận: ${held.title}`)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u }), '250');
    await user.click(within(dialog).getByRole('button', { name: 'Phân bổ' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.path.endsWith('/allocations'));
    expect(post?.body).toEqual({
      quantity: 250,
      organizationId: null,
      communeCode: null,
      conferenceId: held.id,
    });
  });

  it('offers no allocation for a cancelled conference', async () => {
    openTab({}, 'staff', conferences[3]);
    expect(
      await screen.findByText('Hội nghị đã hủy nên không phân bổ thêm tờ rơi.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Phân bổ tờ rơi cho hội nghị' }),
    ).not.toBeInTheDocument();
  });
});
