import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { organizations } from '../../../test/fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';

/** The grid's page requests (pickers and names ask for every organization at once). */
const listRequests = (requests: RecordedRequest[]) =>
  requests.filter(
    (request) =>
      request.method === 'GET' &&
      request.route === 'organizations.list' &&
      request.query.get('pageSize') !== '500',
  );

async function openOrganizations(extra: Parameters<typeof mockReferenceApi>[0] = {}) {
  return openOrganizationsIn('Danh sách tổ chức', extra);
}

async function openOrganizationsIn(
  gridName: string,
  extra: Parameters<typeof mockReferenceApi>[0] = {},
) {
  const api = mockReferenceApi(extra);
  const view = renderApp('/reference');
  const grid = await screen.findByRole('grid', { name: gridName });
  await within(grid).findByText('Hội Nông dân xã Hải Hậu');
  return { ...view, ...api, grid };
}

describe('organizations list', () => {
  it('shows the kind as a label, and where each works: a commune, a former district or the province', async () => {
    const { grid, requests } = await openOrganizations();

    const row = within(grid)
      .getByText('Hội Nông dân xã Hải Hậu')
      .closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Hội Nông dân')).toBeInTheDocument();
    expect(await within(row).findByText('Xã Hải Hậu')).toBeInTheDocument();
    const veteransRow = within(grid)
      .getByText('Hội Cựu chiến binh xã Hải Hậu')
      .closest('[role="row"]') as HTMLElement;
    expect(
      await within(veteransRow).findByText('Huyện Hải Hậu (trước 1/7/2025)'),
    ).toBeInTheDocument();
    const agencyRow = within(grid)
      .getByText('Sở Khoa học và Công nghệ Ninh Bình')
      .closest('[role="row"]') as HTMLElement;
    expect(within(agencyRow).getByText('Cơ quan')).toBeInTheDocument();
    expect(within(agencyRow).getByText('Cấp tỉnh')).toBeInTheDocument();
    const [first] = listRequests(requests);
    expect(first.query.get('page')).toBe('1');
    expect(first.query.get('pageSize')).toBe('50');
  });

  it('asks the server for the search text and the kind chosen', async () => {
    const { user, requests } = await openOrganizations();

    await user.click(screen.getByRole('combobox', { name: 'Loại tổ chức' }));
    await user.click(await screen.findByRole('option', { name: 'Hội Cựu chiến binh' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên tổ chức' }), 'cựu chiến');

    await waitFor(() => expect(listRequests(requests).at(-1)?.query.get('q')).toBe('cựu chiến'));
    const last = listRequests(requests).at(-1);
    expect(last?.query.get('kind')).toBe('veterans_association');
    expect(last?.query.get('page')).toBe('1');
  });
});

describe('organization form', () => {
  it('says in Vietnamese what is missing and sends nothing', async () => {
    const { user, requests } = await openOrganizations();

    await user.click(screen.getByRole('button', { name: 'Thêm tổ chức' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ chức' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên tổ chức/u }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Không được để trống')).toBeInTheDocument();
    expect(within(dialog).getByText('Vui lòng chọn một mục')).toBeInTheDocument();
    expect(requests.some((request) => request.route === 'organizations.create')).toBe(false);
  });

  it('sends the normalized body, then refreshes the list', async () => {
    const created = {
      id: '2f1b7c1e-3c1a-4a8e-9d57-0c7f4c1a9b09',
      name: 'Hội Nông dân xã Hải Anh',
      kind: 'farmers_association',
      districtCode: null,
      parentId: organizations[0].id,
      communeCode: '14236',
    };
    const { user, requests } = await openOrganizations({
      'organizations.create': () => ({ status: 201, body: created }),
    });
    const listsBefore = listRequests(requests).length;

    await user.click(screen.getByRole('button', { name: 'Thêm tổ chức' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ chức' });
    // Decomposed (NFD) text with extra spaces, as some keyboards and pasted text produce it.
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên tổ chức/u }),
      '  Hội   Nông dân xã Hải Anh  '.normalize('NFD'),
    );
    await user.click(within(dialog).getByRole('combobox', { name: /^Loại tổ chức/u }));
    await user.click(await screen.findByRole('option', { name: 'Hội Nông dân' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Là chi hội của/u }));
    await user.click(await screen.findByRole('option', { name: 'Hội Nông dân xã Hải Hậu' }));
    await user.type(
      within(dialog).getByRole('combobox', { name: /^Xã, phường hoạt động/u }),
      'hai hung',
    );
    await user.click(await screen.findByRole('option', { name: /^Xã Hải Hưng/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.route === 'organizations.create');
    expect(post?.route).toBe('organizations.create');
    expect(post?.body).toEqual({
      name: 'Hội Nông dân xã Hải Anh',
      kind: 'farmers_association',
      parentId: organizations[0].id,
      communeCode: '14236',
    });
    expect((post?.body as { name: string }).name).toBe('Hội Nông dân xã Hải Anh'.normalize('NFC'));
    expect(
      await screen.findByText('Đã thêm tổ chức “Hội Nông dân xã Hải Anh”.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(listRequests(requests).length).toBeGreaterThan(listsBefore));
  });

  it('says what the server refused in English when the UI is in English', async () => {
    await i18n.changeLanguage('en');
    let attempt = 0;
    const { user } = await openOrganizationsIn('Organizations', {
      'organizations.create': () => {
        attempt += 1;
        return attempt === 1
          ? {
              status: 400,
              body: {
                statusCode: 400,
                error: 'Bad Request',
                message: 'Dữ liệu không hợp lệ',
                code: 'VALIDATION_FAILED',
                details: [{ path: 'name', message: 'Tên quá ngắn', code: 'too_small' }],
              },
            }
          : {
              status: 409,
              body: {
                statusCode: 409,
                error: 'Conflict',
                message: 'Đã có một tổ chức cùng tên',
                code: 'ORGANIZATION_NAME_TAKEN',
                existingId: organizations[0].id,
              },
            };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Add organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add organization' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Organization name/u }),
      'Trường THCS Hải Anh',
    );
    await user.click(within(dialog).getByRole('combobox', { name: /^Kind of organization/u }));
    await user.click(await screen.findByRole('option', { name: 'School' }));

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Missing or too short')).toBeInTheDocument();
    expect(within(dialog).queryByText('Tên quá ngắn')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('An organization with this name already exists.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/Đã có/u)).not.toBeInTheDocument();
  });

  it("puts the server's field errors under their fields, and other errors in an alert", async () => {
    let attempt = 0;
    const { user } = await openOrganizations({
      'organizations.create': () => {
        attempt += 1;
        if (attempt === 1) {
          return {
            status: 400,
            body: {
              statusCode: 400,
              error: 'Bad Request',
              message: 'Dữ liệu không hợp lệ',
              code: 'VALIDATION_FAILED',
              details: [
                {
                  path: 'parentId',
                  message: 'Không thể đặt tổ chức này dưới chính nó hoặc dưới một chi hội của nó',
                },
              ],
            },
          };
        }
        if (attempt === 2) {
          return {
            status: 409,
            body: {
              statusCode: 409,
              error: 'Conflict',
              message: 'Đã có một tổ chức cùng tên',
              code: 'ORGANIZATION_NAME_TAKEN',
              existingId: organizations[0].id,
            },
          };
        }
        return {
          status: 500,
          body: {
            statusCode: 500,
            error: 'Internal Server Error',
            message: 'boom',
            code: 'INTERNAL',
          },
        };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Thêm tổ chức' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ chức' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên tổ chức/u }),
      'Trường THCS Hải Anh',
    );
    await user.click(within(dialog).getByRole('combobox', { name: /^Loại tổ chức/u }));
    await user.click(await screen.findByRole('option', { name: 'Trường học' }));

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText(
        'Không thể đặt tổ chức này dưới chính nó hoặc dưới một chi hội của nó',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Đã có một tổ chức cùng tên.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Tên tổ chức/u })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.');
  });

  it('edits an organization and sends only what changed', async () => {
    const [farmers] = organizations;
    const { user, grid, requests } = await openOrganizations({
      'organizations.update': (request, params) => ({
        body: { ...farmers, id: params.id, ...(request.body as object) },
      }),
    });

    await user.click(within(grid).getByRole('button', { name: 'Sửa Hội Nông dân xã Hải Hậu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa thông tin tổ chức' });
    const name = within(dialog).getByRole('textbox', { name: /^Tên tổ chức/u });
    expect(name).toHaveValue('Hội Nông dân xã Hải Hậu');
    await user.clear(name);
    await user.type(name, 'Hội Nông dân xã Hải Hậu (mới)');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch).toMatchObject({ route: 'organizations.update', params: { id: farmers.id } });
    expect(patch?.body).toEqual({ name: 'Hội Nông dân xã Hải Hậu (mới)' });
  });
});
