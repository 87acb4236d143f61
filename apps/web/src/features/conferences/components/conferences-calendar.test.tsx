import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { conferences } from '../../../test/conference-fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const lists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'conferences.list');

async function openCalendar(path = '/conferences?date=2026-05-15', role?: 'leader') {
  const api = mockConferenceApi({}, role);
  const view = renderApp(path);
  const calendar = await screen.findByRole('region', { name: 'Lịch hội nghị' });
  return { ...api, ...view, calendar };
}

describe('conference calendar', () => {
  it('shows the month Monday first, with Vietnamese day names, asking for exactly its weeks', async () => {
    const { calendar, requests } = await openCalendar();

    expect(within(calendar).getByRole('heading', { name: 'Tháng 5 năm 2026' })).toBeInTheDocument();
    const headers = within(calendar)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    await waitFor(() => expect(lists(requests).length).toBeGreaterThan(0));
    const [request] = lists(requests);
    expect(request.query.get('from')).toBe('2026-04-27');
    expect(request.query.get('to')).toBe('2026-05-31');
    expect(request.query.get('pageSize')).toBe('500');
    expect(within(calendar).getAllByRole('cell')).toHaveLength(35);
  });

  it('puts each conference on its day in Vietnam, coloured and named by status', async () => {
    const { calendar } = await openCalendar();

    const day15 = within(calendar).getByRole('cell', { name: 'Ngày 15/05/2026' });
    const events = await within(day15).findAllByRole('link');
    // 00:30 in Vietnam on the 15th is still the 14th in UTC: it belongs to the 15th.
    expect(events.map((event) => event.getAttribute('aria-label'))).toEqual([
      '00:30 Xã Hải Nam: Hội nghị tập huấn buổi tối cho cựu chiến binh (Đã xác nhận)',
      '08:00 Thị trấn Yên Định: Hội nghị tập huấn nhận diện lừa đảo số 1 (Dự kiến)',
    ]);
    expect(events[1]).toHaveAttribute('href', `/conferences/${conferences[0].id}`);
    const day14 = within(calendar).getByRole('cell', { name: 'Ngày 14/05/2026' });
    expect(within(day14).queryByRole('link')).not.toBeInTheDocument();
    const legend = within(calendar).getByRole('list', { name: 'Chú giải' });
    for (const status of ['Dự kiến', 'Đã xác nhận', 'Đã tổ chức', 'Đã hủy']) {
      expect(within(legend).getByText(status)).toBeInTheDocument();
    }
  });

  it('switches to the week and moves by weeks and months', async () => {
    const { user, calendar, requests } = await openCalendar();

    await user.click(within(calendar).getByRole('button', { name: 'Tuần' }));
    expect(
      await within(calendar).findByRole('heading', { name: 'Tuần 11/05/2026 – 17/05/2026' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(lists(requests).at(-1)?.query.get('from')).toBe('2026-05-11'));
    expect(lists(requests).at(-1)?.query.get('to')).toBe('2026-05-17');
    expect(within(calendar).getAllByRole('cell')).toHaveLength(7);

    await user.click(within(calendar).getByRole('button', { name: 'Tuần sau' }));
    expect(
      await within(calendar).findByRole('heading', { name: 'Tuần 18/05/2026 – 24/05/2026' }),
    ).toBeInTheDocument();

    await user.click(within(calendar).getByRole('button', { name: 'Tháng' }));
    await user.click(within(calendar).getByRole('button', { name: 'Tháng trước' }));
    expect(
      await within(calendar).findByRole('heading', { name: 'Tháng 4 năm 2026' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(lists(requests).at(-1)?.query.get('from')).toBe('2026-03-30'));
  });

  it('opens the create dialog on the day clicked, 08:00–11:00, for staff', async () => {
    const { user, calendar } = await openCalendar();

    await user.click(within(calendar).getByRole('cell', { name: 'Ngày 21/05/2026' }));

    const dialog = await screen.findByRole('dialog', { name: 'Thêm hội nghị' });
    const value = (label: string) =>
      within(dialog).getByRole('group', { name: label }).parentElement?.querySelector('input')
        ?.value;
    expect(value('Bắt đầu')).toBe('21/05/2026 08:00');
    expect(value('Kết thúc')).toBe('21/05/2026 11:00');
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /^Chiến dịch/u })).toHaveTextContent(
        'Tuyên truyền phòng chống lừa đảo',
      ),
    );
  });

  it('lets leadership read the calendar without creating anything', async () => {
    const { user, calendar } = await openCalendar('/conferences?date=2026-05-15', 'leader');
    await within(calendar).findAllByRole('link');

    await user.click(within(calendar).getByRole('cell', { name: 'Ngày 21/05/2026' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm hội nghị' })).not.toBeInTheDocument();
  });

  it('opens the conference page from its event', async () => {
    const { user, calendar, router } = await openCalendar();
    const day = within(calendar).getByRole('cell', { name: 'Ngày 20/05/2026' });

    await user.click(await within(day).findByRole('link'));

    expect(
      await screen.findByRole('heading', { level: 1, name: conferences[2].title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/conferences/${conferences[2].id}`);
  });
});
