import type { Registration } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dayAfter, shownDay, TEST_TODAY } from '../../../test/clock';
import { conferences } from '../../../test/conference-fixtures';
import type { Handler, RecordedRequest } from '../../../test/mock-api';
import { mockPeopleApi } from '../../../test/people-api';
import { apiError, people, registrations } from '../../../test/people-fixtures';
import { renderApp } from '../../../test/render-app';

const [planned] = conferences;
const checkIns = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.method === 'POST' && request.path.endsWith('/attendance'));

async function openCheckIn(
  extra: Record<string, Handler> = {},
  role: 'coordinator' | 'staff' = 'coordinator',
) {
  const api = mockPeopleApi(
    {
      'registrations.list': (request) => ({
        body:
          request.query.get('status') === 'attended'
            ? registrations.filter((r) => r.status === 'attended')
            : registrations.filter((r) => r.person.fullName),
      }),
      ...extra,
    },
    role,
  );
  const view = renderApp(`/conferences/${planned.id}/check-in`);
  await screen.findByRole('heading', { level: 1, name: 'Điểm danh' });
  return { ...api, ...view };
}

describe('check-in page', () => {
  it('checks in with one tap and says who and when', async () => {
    const now = new Date();
    const answer: Registration = {
      ...registrations[0],
      status: 'attended',
      checkedInAt: now.toISOString(),
      checkInMethod: 'registration',
    };
    const { user, requests } = await openCheckIn({
      'attendance.checkIn': () => ({ body: answer }),
    });
    expect(screen.getByText('Đã điểm danh: 1')).toBeInTheDocument();

    await user.type(
      screen.getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' }),
      'nguyen thi huong',
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Năm sinh' }), '1958');
    const results = await screen.findByRole('list', { name: 'Kết quả tìm kiếm' });
    await user.click(within(results).getByRole('button', { name: 'Điểm danh Nguyễn Thị Hương' }));

    const time = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(now);
    expect(await screen.findByText('Đã điểm danh')).toBeInTheDocument();
    expect(screen.getByText(`Nguyễn Thị Hương, lúc ${time}`)).toBeInTheDocument();
    expect(checkIns(requests)[0].body).toEqual({ registrationId: registrations[0].id });
    const search = requests.filter(
      (request) => request.path.endsWith('/registrations') && request.query.get('q'),
    );
    expect(search.at(-1)?.query.get('birthYear')).toBe('1958');
  });

  it('tells that a second check-in changed nothing: "đã điểm danh lúc 08:05"', async () => {
    const { user, requests } = await openCheckIn({
      'attendance.checkIn': () => ({ body: registrations[1] }),
    });

    await user.type(screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' }), '7k3m9qx2');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));

    expect(await screen.findByText('Người này đã điểm danh rồi')).toBeInTheDocument();
    expect(screen.getByText('Trần Văn Bảy đã điểm danh lúc 08:05')).toBeInTheDocument();
    expect(checkIns(requests)[0].body).toEqual({ code: '7K3M9QX2' });
  });

  it('checks the code before sending, and explains an unknown one', async () => {
    const { user, requests } = await openCheckIn({
      'attendance.checkIn': () => apiError(404, 'NOT_FOUND', 'Không tìm thấy lượt đăng ký'),
    });
    const code = screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });

    await user.type(code, 'ABC');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    expect(await screen.findByText('Mã điểm danh gồm 8 ký tự, ví dụ 7K3M9QXD')).toBeInTheDocument();
    expect(checkIns(requests)).toHaveLength(0);

    await user.clear(code);
    await user.type(code, 'ZZZZZZZZ');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    expect(
      await screen.findByText('Không có ai với mã này trong hội nghị. Hãy kiểm tra lại mã.'),
    ).toBeInTheDocument();
  });

  it('offers the QR scan only where the browser can read QR codes', async () => {
    await openCheckIn();
    expect(screen.queryByRole('button', { name: 'Quét mã QR' })).not.toBeInTheDocument();
  });

  it('shows the QR scan where BarcodeDetector reads QR codes', async () => {
    vi.stubGlobal(
      'BarcodeDetector',
      Object.assign(class {}, { getSupportedFormats: () => Promise.resolve(['qr_code']) }),
    );
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: vi.fn() },
      configurable: true,
    });
    await openCheckIn();
    expect(await screen.findByRole('button', { name: 'Quét mã QR' })).toBeInTheDocument();
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
  });

  it('registers and checks in a walk-in at once', async () => {
    const walkIn: Registration = {
      ...registrations[0],
      person: { ...people[0], fullName: 'Lê Văn Tám', consentSource: 'in_person' },
      status: 'attended',
      checkedInAt: new Date().toISOString(),
      checkInMethod: 'walk_in',
    };
    const { user, requests } = await openCheckIn({
      'attendance.checkIn': () => ({ body: walkIn }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người đến trực tiếp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Người đến trực tiếp' });
    expect(within(dialog).queryByRole('combobox', { name: /^Tổ chức/u })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/u }), 'Lê Văn Tám');
    await user.click(within(dialog).getByRole('radio', { name: 'Nam' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Năm sinh/u }), '1950');
    // Someone from another commune than the conference's: the commune is changed.
    const commune = within(dialog).getByRole('combobox', { name: /^Xã, phường/u });
    await user.clear(commune);
    await user.type(commune, 'hai hung');
    await user.click(await screen.findByRole('option', { name: /^Xã Hải Hưng/u }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Nhóm đối tượng/u }));
    await user.click(await screen.findByRole('option', { name: 'Cựu chiến binh' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý cho lưu thông tin/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký và điểm danh' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/^Lê Văn Tám, lúc/u)).toBeInTheDocument();
    expect(checkIns(requests)[0].body).toEqual({
      person: {
        fullName: 'Lê Văn Tám',
        gender: 'male',
        birthYear: 1950,
        phone: null,
        communeCode: '14236',
        organizationId: null,
        group: 'veteran',
        consent: true,
        consentSource: 'in_person',
      },
    });
  });
});

describe('a walk-in', () => {
  it('starts with the conference’s commune, kept when the person lives there', async () => {
    const { user, requests } = await openCheckIn({
      'attendance.checkIn': () => ({
        body: { ...registrations[0], status: 'attended', checkInMethod: 'walk_in' },
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người đến trực tiếp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Người đến trực tiếp' });
    // 14215 names Xã Hải Hậu today (the fixture's conference was set in Thị trấn Yên Định).
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /^Xã, phường/u })).toHaveValue(
        'Xã Hải Hậu',
      ),
    );
    await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/u }), 'Trần Thị Mơ');
    await user.click(within(dialog).getByRole('radio', { name: 'Nữ' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Năm sinh/u }), '1962');
    await user.click(within(dialog).getByRole('combobox', { name: /^Nhóm đối tượng/u }));
    await user.click(await screen.findByRole('option', { name: 'Nông dân' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý cho lưu thông tin/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký và điểm danh' }));

    await waitFor(() => expect(checkIns(requests)).toHaveLength(1));
    expect(checkIns(requests)[0].body).toMatchObject({
      person: { fullName: 'Trần Thị Mơ', communeCode: planned.communeCode },
    });
  });
});

describe('a walk-in at a conference entered in a former commune', () => {
  it('leaves the commune to be chosen rather than keep one that no longer exists', async () => {
    const { user } = await openCheckIn({
      // 14218 was a commune of Hải Hậu until 30/6/2025; it is not one of today's.
      'conferences.get': () => ({ body: { ...planned, communeCode: '14218' } }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người đến trực tiếp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Người đến trực tiếp' });
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký và điểm danh' }));

    const commune = within(dialog).getByRole('combobox', { name: /^Xã, phường/u });
    expect(commune).toHaveValue('');
    await waitFor(() => expect(commune).toHaveAttribute('aria-invalid', 'true'));
  });
});

describe('check-in before the conference day', () => {
  const startsOn = dayAfter(TEST_TODAY, 1);
  const beforeDay = () =>
    apiError(
      409,
      'CHECK_IN_BEFORE_DAY',
      `Hội nghị diễn ra ngày ${shownDay(startsOn)}, chưa đến ngày`,
      { startsOn, today: TEST_TODAY },
    );
  const attended: Registration = {
    ...registrations[0],
    status: 'attended',
    checkedInAt: new Date().toISOString(),
    checkInMethod: 'code',
  };

  it('tells a coordinator that check-in opens on the day, and offers nothing more', async () => {
    const { user } = await openCheckIn({ 'attendance.checkIn': beforeDay });
    await user.type(screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' }), '7K3M9QX2');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));

    expect(
      await screen.findByText(
        `Hội nghị diễn ra ngày ${shownDay(startsOn)}: chưa đến ngày nên chưa thể điểm danh.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Vẫn điểm danh trước ngày…' }),
    ).not.toBeInTheDocument();
  });

  it('lets staff check in early only after confirming with a reason, sent with the check-in', async () => {
    const { user, requests } = await openCheckIn(
      {
        'attendance.checkIn': (request) =>
          (request.body as { earlyCheckIn?: unknown }).earlyCheckIn
            ? { body: attended }
            : beforeDay(),
      },
      'staff',
    );
    await user.type(screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' }), '7K3M9QX2');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    await user.click(await screen.findByRole('button', { name: 'Vẫn điểm danh trước ngày…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Điểm danh trước ngày hội nghị?' });
    expect(
      within(dialog).getByText(/Hội nghị diễn ra ngày 16\/05\/2026, hôm nay chưa đến ngày/u),
    ).toBeInTheDocument();
    // Without a reason nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Điểm danh trước ngày' }));
    expect(within(dialog).getByText('Hãy ghi lý do')).toBeInTheDocument();
    expect(checkIns(requests)).toHaveLength(1);

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Lý do điểm danh trước ngày/u }),
      'Bà Hương đi viện ngày mai, đã ký danh sách',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Điểm danh trước ngày' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Đã điểm danh')).toBeInTheDocument();
    expect(checkIns(requests).map((request) => request.body)).toEqual([
      { code: '7K3M9QX2' },
      {
        code: '7K3M9QX2',
        earlyCheckIn: { reason: 'Bà Hương đi viện ngày mai, đã ký danh sách' },
      },
    ]);
  });

  it('sends nothing more when staff decide not to check in early', async () => {
    const { user, requests } = await openCheckIn({ 'attendance.checkIn': beforeDay }, 'staff');
    await user.type(screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' }), '7K3M9QX2');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    await user.click(await screen.findByRole('button', { name: 'Vẫn điểm danh trước ngày…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Điểm danh trước ngày hội nghị?' });
    await user.click(within(dialog).getByRole('button', { name: 'Không điểm danh' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(checkIns(requests)).toHaveLength(1);
    expect(
      screen.getByText(
        `Hội nghị diễn ra ngày ${shownDay(startsOn)}: chưa đến ngày nên chưa thể điểm danh.`,
      ),
    ).toBeInTheDocument();
  });
});

describe('attendance tab', () => {
  it('lists who checked in, when and how, with the way to the check-in page', async () => {
    mockPeopleApi({ 'registrations.list': () => ({ body: [registrations[1]] }) }, 'coordinator');
    renderApp(`/conferences/${planned.id}?tab=attendance`);

    const grid = await screen.findByRole('grid', { name: 'Danh sách người đã điểm danh' });
    const row = (await within(grid).findByText('Trần Văn Bảy')).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(row).getByText('15/05/2026 08:05')).toBeInTheDocument();
    expect(within(row).getByText('Mã trên danh sách giấy')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Người đã điểm danh (1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở trang điểm danh' })).toHaveAttribute(
      'href',
      `/conferences/${planned.id}/check-in`,
    );
  });
});
