import type { Conference } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { campaign, conferences } from '../../../test/conference-fixtures';
import { organizations } from '../../../test/fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

type Routes = Parameters<typeof mockConferenceApi>[0];
type User = ReturnType<typeof renderApp>['user'];

const posts = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'conferences.create');

const created: Conference = {
  ...conferences[0],
  id: 'c0a80101-0000-4000-8000-00000000b001',
  title: 'Tập huấn cho hội viên nông dân xã Hải Anh',
};

/** Opens the dialog from the calendar cell of 21/05/2026 (08:00–11:00) and fills it in. */
async function fillNewConference(extra: Routes) {
  const api = mockConferenceApi(extra);
  const view = renderApp('/conferences?date=2026-05-15');
  const { user } = view;
  const calendar = await screen.findByRole('region', { name: 'Lịch hội nghị' });
  await user.click(within(calendar).getByRole('cell', { name: 'Ngày 21/05/2026' }));
  const dialog = await screen.findByRole('dialog', { name: 'Thêm hội nghị' });
  await waitFor(() =>
    expect(within(dialog).getByRole('combobox', { name: /^Chiến dịch/u })).toHaveTextContent(
      campaign.name,
    ),
  );
  await paste(user, within(dialog).getByRole('textbox', { name: /^Tên hội nghị/u }), created.title);
  await paste(
    user,
    within(dialog).getByRole('textbox', { name: /^Chủ đề/u }),
    'Nhận diện lừa đảo qua điện thoại',
  );
  await user.type(within(dialog).getByRole('combobox', { name: /^Xã, phường/u }), 'hai hung');
  await user.click(await screen.findByRole('option', { name: /^Xã Hải Hưng/u }));
  await paste(
    user,
    within(dialog).getByRole('textbox', { name: /^Địa điểm/u }),
    'Hội trường UBND xã Hải Anh',
  );
  await user.click(within(dialog).getByRole('combobox', { name: 'Đơn vị phối hợp' }));
  await user.click(await screen.findByRole('option', { name: organizations[0].name }));
  await paste(
    user,
    within(dialog).getByRole('combobox', { name: 'Báo cáo viên' }),
    'ThS. Nguyễn Văn An',
  );
  await user.keyboard('{Enter}');
  await user.type(within(dialog).getByRole('spinbutton', { name: /^Sức chứa/u }), '150');
  return { ...api, ...view, dialog };
}

/** Long texts are pasted: typing them key by key only slows the test down. */
async function paste(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const clash = {
  status: 409,
  body: {
    statusCode: 409,
    error: 'Conflict',
    message: 'Địa điểm hoặc báo cáo viên đã có lịch trùng thời gian.',
    code: 'CONFERENCE_CLASH',
    conflicts: [
      {
        conferenceId: conferences[2].id,
        reason: 'venue',
        title: conferences[2].title,
        startsAt: '2026-05-21T01:30:00.000Z',
        endsAt: '2026-05-21T03:00:00.000Z',
        venue: 'Hội trường UBND xã Hải Anh',
        communeCode: '14236',
      },
      {
        conferenceId: conferences[2].id,
        reason: 'trainer',
        title: conferences[2].title,
        startsAt: '2026-05-21T01:30:00.000Z',
        endsAt: '2026-05-21T03:00:00.000Z',
        venue: 'Hội trường UBND xã Hải Anh',
        communeCode: '14236',
        trainer: 'ThS. Nguyễn Văn An',
      },
    ],
  },
};

// Long user flows through MUI selects and pickers: slow on a busy machine.
describe('scheduling a conference', { timeout: 60_000 }, () => {
  it('sends the times with the +07:00 offset and the chosen places and people', async () => {
    const { user, dialog, requests } = await fillNewConference({
      'conferences.create': () => ({ status: 201, body: created }),
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(requests)[0].body).toEqual({
      campaignId: campaign.id,
      title: created.title,
      topic: 'Nhận diện lừa đảo qua điện thoại',
      startsAt: '2026-05-21T08:00:00+07:00',
      endsAt: '2026-05-21T11:00:00+07:00',
      communeCode: '14236',
      venue: 'Hội trường UBND xã Hải Anh',
      organizerIds: [organizations[0].id],
      trainers: ['ThS. Nguyễn Văn An'],
      capacity: 150,
      notes: null,
      force: false,
    });
    expect(await screen.findByText(`Đã thêm hội nghị “${created.title}”.`)).toBeInTheDocument();
  });

  it('lists the clashing conference and books anyway with force: true', async () => {
    const { user, dialog, requests } = await fillNewConference({
      'conferences.create': (request) =>
        (request.body as { force: boolean }).force ? { status: 201, body: created } : clash,
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const warning = await within(dialog).findByRole('alert');
    expect(warning).toHaveTextContent('trùng');
    expect(warning).toHaveTextContent('21/05/2026 08:30–10:00');
    expect(warning).toHaveTextContent('trùng địa điểm “Hội trường UBND xã Hải Anh”');
    expect(warning).toHaveTextContent('trùng báo cáo viên ThS. Nguyễn Văn An');
    expect(within(warning).getByRole('link', { name: conferences[2].title })).toHaveAttribute(
      'href',
      `/conferences/${conferences[2].id}`,
    );

    await user.click(within(warning).getByRole('button', { name: 'Vẫn đặt lịch' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(requests).map((request) => (request.body as { force: boolean }).force)).toEqual([
      false,
      true,
    ]);
  });

  it('puts a day outside the campaign under "Bắt đầu"', async () => {
    const { user, dialog } = await fillNewConference({
      'conferences.create': () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu không hợp lệ',
          code: 'VALIDATION_FAILED',
          details: [
            {
              path: 'startsAt',
              message:
                'Ngày hội nghị phải nằm trong thời gian của chiến dịch (2026-01-01 – 2026-12-31)',
            },
          ],
        },
      }),
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(
      await within(dialog).findByText(
        'Ngày hội nghị phải nằm trong thời gian của chiến dịch (2026-01-01 – 2026-12-31)',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what is missing in Vietnamese and sends nothing', async () => {
    const { requests } = mockConferenceApi();
    const { user } = renderApp('/conferences?date=2026-05-15');
    await user.click(await screen.findByRole('button', { name: 'Thêm hội nghị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hội nghị' });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findAllByText('Không được để trống')).not.toHaveLength(0);
    expect(
      within(dialog).getAllByText('Hãy nhập ngày giờ theo dạng dd/MM/yyyy HH:mm'),
    ).toHaveLength(2);
    expect(within(dialog).getByText('Hãy nhập một số')).toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);
  });
});
