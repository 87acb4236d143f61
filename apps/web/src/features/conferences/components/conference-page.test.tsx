import type { Conference, Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { campaign, conferences } from '../../../test/conference-fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

type Routes = Parameters<typeof mockConferenceApi>[0];
const [planned] = conferences;

const statusPosts = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.path.endsWith('/status'));

async function openConference(conference: Conference, extra: Routes = {}, role?: Role) {
  const api = mockConferenceApi(
    { 'conferences.get': () => ({ body: conference }), ...extra },
    role,
  );
  const view = renderApp(`/conferences/${conference.id}`);
  await screen.findByRole('heading', { level: 1, name: conference.title });
  return { ...api, ...view };
}

// Long user flows through MUI selects and pickers: slow on a busy machine.
describe('conference page', { timeout: 60_000 }, () => {
  it('shows when, where, who and how many, in Vietnam time', async () => {
    await openConference({ ...planned, forced: true, notes: 'Mang theo máy chiếu' });
    const overview = screen.getByRole('region', { name: planned.title });

    expect(within(overview).getByText('Dự kiến')).toBeInTheDocument();
    expect(within(overview).getByText('Đặt lịch dù bị trùng')).toBeInTheDocument();
    expect(within(overview).getByText('Thứ Sáu, 15/05/2026, 08:00–11:00')).toBeInTheDocument();
    expect(within(overview).getByText('Thị trấn Yên Định')).toBeInTheDocument();
    expect(within(overview).getByText('Huyện Hải Hậu')).toBeInTheDocument();
    expect(within(overview).getByText(planned.venue)).toBeInTheDocument();
    expect(
      await within(overview).findByText('Hội Nông dân xã Hải Hậu; Hội Cựu chiến binh xã Hải Hậu'),
    ).toBeInTheDocument();
    expect(within(overview).getByText('ThS. Nguyễn Văn An')).toBeInTheDocument();
    expect(within(overview).getByText('250 người')).toBeInTheDocument();
    expect(within(overview).getByText('Mang theo máy chiếu')).toBeInTheDocument();
    expect(await within(overview).findByRole('link', { name: campaign.name })).toHaveAttribute(
      'href',
      `/campaigns/${campaign.id}`,
    );
  });

  it('confirms a planned conference', async () => {
    const { user, requests } = await openConference(planned, {
      'conferences.changeStatus': () => ({ body: { ...planned, status: 'confirmed' } }),
    });

    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));

    await waitFor(() => expect(statusPosts(requests)).toHaveLength(1));
    expect(statusPosts(requests)[0].params).toEqual({ id: planned.id });
    expect(statusPosts(requests)[0].body).toEqual({ status: 'confirmed' });
    expect(await screen.findByText('Đã chuyển hội nghị sang “Đã xác nhận”.')).toBeInTheDocument();
  });

  it('needs a reason to cancel', async () => {
    const { user, requests } = await openConference(planned, {
      'conferences.changeStatus': (request) => ({
        body: {
          ...planned,
          status: 'cancelled',
          cancelReason: (request.body as { reason: string }).reason,
        },
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Hủy hội nghị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hủy hội nghị' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy hội nghị' }));
    expect(await within(dialog).findByText('Hãy ghi lý do hủy hội nghị')).toBeInTheDocument();
    expect(statusPosts(requests)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Lý do hủy/u }), 'Mưa bão');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy hội nghị' }));

    await waitFor(() => expect(statusPosts(requests)).toHaveLength(1));
    expect(statusPosts(requests)[0].body).toEqual({ status: 'cancelled', reason: 'Mưa bão' });
  });

  it('explains a refused move: the conference has not started yet', async () => {
    const { user } = await openConference(conferences[1], {
      'conferences.changeStatus': () => ({
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'Hội nghị chưa bắt đầu nên chưa thể đánh dấu là đã tổ chức',
          code: 'CONFERENCE_NOT_STARTED',
        },
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã tổ chức' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hội nghị chưa bắt đầu nên chưa thể đánh dấu là đã tổ chức.',
    );
    expect(screen.queryByRole('button', { name: 'Xác nhận' })).not.toBeInTheDocument();
  });

  it('edits the conference and sends only what changed', async () => {
    const { user, requests } = await openConference(planned, {
      'conferences.update': (request) => ({
        body: { ...planned, ...(request.body as object) },
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa hội nghị' });
    const capacity = within(dialog).getByRole('spinbutton', { name: /^Sức chứa/u });
    await user.clear(capacity);
    await user.type(capacity, '300');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ capacity: 300, force: false });
  });

  it('has a tab per feature, the open one kept in the address', async () => {
    const { user, router } = await openConference(planned);
    const tabs = screen.getByRole('tablist', { name: 'Công việc của hội nghị' });

    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Đăng ký', 'Điểm danh', 'Giấy chứng nhận', 'Tờ rơi']);
    expect(await screen.findByRole('heading', { name: 'Danh sách đăng ký' })).toBeInTheDocument();
    await user.click(within(tabs).getByRole('tab', { name: 'Giấy chứng nhận' }));
    expect(await screen.findByRole('heading', { name: 'Giấy chứng nhận' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=certificates');
  });

  it('is read-only for leadership, without the personal-data tabs', async () => {
    await openConference(planned, {}, 'leader');
    expect(screen.queryByRole('button', { name: 'Xác nhận' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('gives a coordinator the registration, attendance and certificates tabs only', async () => {
    await openConference(planned, {}, 'coordinator');
    const tabs = screen.getByRole('tablist', { name: 'Công việc của hội nghị' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Đăng ký', 'Điểm danh', 'Giấy chứng nhận']);
    expect(screen.queryByRole('button', { name: 'Hủy hội nghị' })).not.toBeInTheDocument();
  });
});

describe('editing a conference booked despite a clash', () => {
  it('keeps the accepted clash when only the capacity changes', async () => {
    const forced = { ...planned, forced: true };
    const { user, requests } = await openConference(forced, {
      'conferences.update': (request) => ({
        body: { ...forced, ...(request.body as object) },
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa hội nghị' });
    const capacity = within(dialog).getByRole('spinbutton', { name: /^Sức chứa/u });
    await user.clear(capacity);
    await user.type(capacity, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      capacity: 120,
      force: true,
    });
  });
});
