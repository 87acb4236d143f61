import type { Person } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../../test/mock-api';
import { mockPeopleApi } from '../../../test/people-api';
import { apiError, people } from '../../../test/people-fixtures';
import { renderApp } from '../../../test/render-app';

type Routes = Parameters<typeof mockPeopleApi>[0];

const peopleLists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'people.list');

async function openPeople(extra: Routes = {}, role: 'staff' | 'coordinator' = 'staff') {
  const api = mockPeopleApi(extra, role);
  const view = renderApp('/people');
  // A grid, or on a phone a list of cards.
  const grid = await screen.findByRole(window.innerWidth < 600 ? 'list' : 'grid', {
    name: 'Danh sách người tham dự',
  });
  await within(grid).findByText('Nguyễn Thị Hương');
  return { ...api, ...view, grid };
}

function rowOf(grid: HTMLElement, text: string) {
  return within(grid).getByText(text).closest('[role="row"]') as HTMLElement;
}

async function fillNewPerson(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement) {
  await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/u }), 'Nguyễn Thị Hương');
  await user.click(within(dialog).getByRole('radio', { name: 'Nữ' }));
  await user.type(within(dialog).getByRole('spinbutton', { name: /^Năm sinh/u }), '1958');
  await user.type(
    within(dialog).getByRole('textbox', { name: /^Số điện thoại/u }),
    '+84 912 345 678',
  );
  // Found by its name before 1/7/2025: code 14215 is Xã Hải Hậu today.
  await user.type(within(dialog).getByRole('combobox', { name: /^Xã, phường/u }), 'yen dinh');
  const option = await screen.findByRole('option', { name: /^Xã Hải Hậu/u });
  expect(option).toHaveTextContent('trước 1/7/2025: Thị trấn Yên Định');
  await user.click(option);
  await user.click(within(dialog).getByRole('combobox', { name: /^Nhóm đối tượng/u }));
  await user.click(await screen.findByRole('option', { name: 'Người cao tuổi' }));
}

describe('people page', () => {
  it('lists people with their commune, and an erased person as "(đã xóa thông tin)"', async () => {
    const { grid } = await openPeople();

    const row = rowOf(grid, 'Nguyễn Thị Hương');
    expect(within(row).getByText('0912345678')).toBeInTheDocument();
    expect(await within(row).findByText('Thị trấn Yên Định')).toBeInTheDocument();
    expect(within(row).getByText('Nông dân')).toBeInTheDocument();
    const erased = rowOf(grid, '(đã xóa thông tin)');
    expect(within(erased).queryByRole('button', { name: /^Xóa/u })).not.toBeInTheDocument();
    expect(within(erased).queryByRole('button', { name: /^Sửa/u })).not.toBeInTheDocument();
  });

  it('shows each person as a card on a phone, with the group and the buttons to edit', async () => {
    window.innerWidth = 390;
    const { user, grid: list } = await openPeople();

    const huong = within(list).getByRole('listitem', { name: 'Nguyễn Thị Hương' });
    expect(within(huong).getByText('Nông dân')).toBeVisible();
    expect(within(huong).getByText('0912345678')).toBeInTheDocument();
    const erased = within(list).getByRole('listitem', { name: '(đã xóa thông tin)' });
    expect(within(erased).queryByRole('button')).not.toBeInTheDocument();
    await user.click(
      within(huong).getByRole('button', { name: 'Sửa thông tin của Nguyễn Thị Hương' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Sửa thông tin người tham dự' }),
    ).toBeInTheDocument();
  });

  it('asks the server for the text as typed: it ignores the accents', async () => {
    const { user, requests } = await openPeople();

    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc số điện thoại' }),
      'nguyen thi huong',
    );

    await waitFor(() =>
      expect(peopleLists(requests).at(-1)?.query.get('q')).toBe('nguyen thi huong'),
    );
    expect(peopleLists(requests).at(-1)?.query.get('page')).toBe('1');
  });

  it('adds a person only with consent, and sends the phone as typed', async () => {
    const created: Person = { ...people[0], id: 'd0000000-0000-4000-8000-000000000009' };
    const { user, requests } = await openPeople({
      'people.create': () => ({ status: 201, body: created }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người tham dự' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người tham dự' });
    await fillNewPerson(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Cần có sự đồng ý của người tham dự để lưu thông tin'),
    ).toBeInTheDocument();
    expect(requests.some((request) => request.route === 'people.create')).toBe(false);

    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý cho lưu thông tin/u }));
    await user.click(within(dialog).getByRole('radio', { name: 'Đồng ý trực tiếp' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.route === 'people.create')?.body).toEqual({
      fullName: 'Nguyễn Thị Hương',
      gender: 'female',
      birthYear: 1958,
      phone: '0912345678',
      communeCode: '14215',
      organizationId: null,
      group: 'elderly',
      consent: true,
      consentSource: 'in_person',
    });
    expect(await screen.findByText('Đã thêm “Nguyễn Thị Hương”.')).toBeInTheDocument();
  });

  it('warns of a duplicate and opens the person already listed', async () => {
    const { user, router } = await openPeople({
      'people.create': () =>
        apiError(409, 'PERSON_DUPLICATE', 'Người này đã có trong danh sách', {
          existingId: people[0].id,
        }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người tham dự' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người tham dự' });
    await fillNewPerson(user, dialog);
    await user.click(within(dialog).getByRole('checkbox', { name: /đồng ý cho lưu thông tin/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Người này đã có trong danh sách')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('link', { name: 'Mở người đã có' }));

    const edit = await screen.findByRole('dialog', { name: 'Sửa thông tin người tham dự' });
    expect(router.state.location.search).toBe(`?person=${people[0].id}`);
    expect(within(edit).getByRole('textbox', { name: /^Họ và tên/u })).toHaveValue(
      'Nguyễn Thị Hương',
    );
    expect(screen.queryByRole('dialog', { name: 'Thêm người tham dự' })).not.toBeInTheDocument();
  });

  it('edits a person and sends only what changed', async () => {
    const { user, grid, requests } = await openPeople({
      'people.update': (request) => ({
        body: { ...people[0], ...(request.body as object) },
      }),
    });

    await user.click(
      within(rowOf(grid, 'Nguyễn Thị Hương')).getByRole('button', {
        name: 'Sửa thông tin của Nguyễn Thị Hương',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Sửa thông tin người tham dự' });
    const phone = within(dialog).getByRole('textbox', { name: /^Số điện thoại/u });
    await user.clear(phone);
    await user.type(phone, '0987 654 321');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      phone: '0987654321',
    });
  });

  it('erases a person after saying what is erased and what stays counted', async () => {
    const { user, grid, requests } = await openPeople({
      'people.erase': () => ({ status: 204 }),
    });

    await user.click(
      within(rowOf(grid, 'Nguyễn Thị Hương')).getByRole('button', {
        name: 'Xóa thông tin cá nhân của Nguyễn Thị Hương',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Xóa thông tin cá nhân?' });
    expect(
      within(dialog).getByText(
        /Họ tên, số điện thoại và năm sinh của Nguyễn Thị Hương sẽ bị xóa vĩnh viễn/u,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/vẫn được tính trong báo cáo, nhưng ẩn danh/u),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Xóa thông tin' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'DELETE')).toBe(true));
    expect(requests.find((request) => request.method === 'DELETE')).toMatchObject({
      route: 'people.erase',
      params: { id: people[0].id },
    });
    expect(await screen.findByText('Đã xóa thông tin cá nhân.')).toBeInTheDocument();
  });

  it("gives a coordinator their organization's people without the organization field or erasing", async () => {
    const { user, grid } = await openPeople({}, 'coordinator');

    expect(within(grid).queryByRole('columnheader', { name: 'Tổ chức' })).not.toBeInTheDocument();
    expect(
      within(grid).queryByRole('button', { name: /^Xóa thông tin cá nhân/u }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm người tham dự' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người tham dự' });
    expect(within(dialog).queryByRole('combobox', { name: /^Tổ chức/u })).not.toBeInTheDocument();
  });
});
