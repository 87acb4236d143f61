import type { Certificate, Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { conferences } from '../../../test/conference-fixtures';
import type { Handlers } from '../../../test/mock-api';
import { mockPeopleApi } from '../../../test/people-api';
import { certificate, certificates } from '../../../test/people-fixtures';
import { renderApp } from '../../../test/render-app';

const [planned, , held] = conferences;

async function openTab(extra: Handlers = {}, role: Role = 'staff', conference = held) {
  const api = mockPeopleApi(
    { 'certificates.list': () => ({ body: certificates }), ...extra },
    role,
  );
  const view = renderApp(`/conferences/${conference.id}?tab=certificates`);
  await screen.findByRole('heading', { name: 'Giấy chứng nhận' });
  return { ...api, ...view };
}

beforeEach(() => {
  Object.defineProperty(URL, 'createObjectURL', {
    value: vi.fn(() => 'blob:file'),
    configurable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
});

describe('certificates tab', () => {
  const preview = {
    toIssue: 31,
    firstSerial: '12/GCN-SKHCN-2026',
    lastSerial: '42/GCN-SKHCN-2026',
    first: { fullName: 'Nguyễn Thị Hương', organizationName: 'Hội Nông dân xã Hải Hậu' },
    conferenceHeld: true,
  };

  it('shows how many certificates will be numbered, the serials and the first holder, and issues only when confirmed', async () => {
    const { user, requests } = await openTab({
      'certificates.issuePreview': () => ({ body: preview }),
      'certificates.issue': () => ({ body: { issued: 31, certificates: [] } }),
    });
    const issues = () => requests.filter((request) => request.route === 'certificates.issue');

    await user.click(screen.getByRole('button', { name: 'Cấp giấy chứng nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cấp giấy chứng nhận?' });
    expect(
      await within(dialog).findByText(
        'Sẽ cấp và đánh số 31 giấy chứng nhận cho những người đã điểm danh mà chưa có giấy.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Số hiệu: từ 12/GCN-SKHCN-2026 đến 42/GCN-SKHCN-2026.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Giấy đầu tiên: Nguyễn Thị Hương (Hội Nông dân xã Hải Hậu)'),
    ).toBeInTheDocument();
    expect(issues()).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Cấp 31 giấy chứng nhận' }));

    expect(await screen.findByText('Đã cấp 31 giấy chứng nhận mới.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(issues().map((request) => request.params.id)).toEqual([held.id]);
  });

  it('issues nothing when the dialog is closed', async () => {
    const { user, requests } = await openTab({
      'certificates.issuePreview': () => ({ body: preview }),
    });
    await user.click(screen.getByRole('button', { name: 'Cấp giấy chứng nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cấp giấy chứng nhận?' });
    await within(dialog).findByText(/^Số hiệu: từ 12/u);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.some((request) => request.route === 'certificates.issue')).toBe(false);
  });

  it('says when nobody is waiting for a certificate, and offers no issue', async () => {
    const { user } = await openTab({
      'certificates.issuePreview': () => ({
        body: {
          toIssue: 0,
          firstSerial: null,
          lastSerial: null,
          first: null,
          conferenceHeld: true,
        },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Cấp giấy chứng nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cấp giấy chứng nhận?' });
    expect(
      await within(dialog).findByText(
        'Không có ai cần cấp thêm: mọi người đã điểm danh đều đã có giấy chứng nhận.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cấp 0 giấy chứng nhận' })).toBeDisabled();
  });

  it('explains that certificates come only after the conference is held', async () => {
    const { user } = await openTab(
      {
        'certificates.list': () => ({ body: [] }),
        'certificates.issuePreview': () => ({
          body: {
            toIssue: 0,
            firstSerial: null,
            lastSerial: null,
            first: null,
            conferenceHeld: false,
          },
        }),
      },
      'staff',
      planned,
    );
    expect(
      await screen.findByText('Chưa cấp giấy chứng nhận nào cho hội nghị này.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cấp giấy chứng nhận' }));

    const dialog = await screen.findByRole('dialog', { name: 'Cấp giấy chứng nhận?' });
    expect(
      await within(dialog).findByText(
        /Chỉ cấp được giấy chứng nhận sau khi hội nghị đã được tổ chức/u,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: /^Cấp \d+ giấy chứng nhận$/u }),
    ).toBeDisabled();
  });

  it('revokes a certificate only with a reason, then offers to re-issue it', async () => {
    let list: Certificate[] = certificates;
    const { user, requests } = await openTab({
      'certificates.list': () => ({ body: list }),
      'certificates.revoke': (request) => {
        const revoked = {
          ...certificates[0],
          status: 'revoked' as const,
          revokedAt: '2026-05-22T02:00:00.000Z',
          revokedReason: (request.body as { reason: string }).reason,
        };
        list = [revoked, certificates[1]];
        return { body: revoked };
      },
      'certificates.reissue': () => {
        const issued = certificate(3, { replacesId: certificates[0].id });
        list = [{ ...list[0], replacedById: issued.id }, certificates[1], issued];
        return { status: 201, body: issued };
      },
    });
    const grid = await screen.findByRole('grid', { name: 'Danh sách giấy chứng nhận' });
    await within(grid).findByText('Trần Văn Bảy');

    await user.click(within(grid).getByRole('button', { name: 'Thu hồi số 1/GCN-SKHCN-2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu hồi giấy chứng nhận' });
    expect(within(dialog).getByText(/số 1\/GCN-SKHCN-2026 của Trần Văn Bảy/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    expect(await within(dialog).findByText('Hãy ghi lý do thu hồi')).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Lý do thu hồi/u }),
      'Ghi sai họ tên',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.path.endsWith('/revoke'))?.body).toEqual({
      reason: 'Ghi sai họ tên',
    });
    const row = (await within(grid).findByText('Lý do: Ghi sai họ tên')).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(row).getByText('Đã thu hồi')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Cấp lại thay số 1/GCN-SKHCN-2026' }));
    const reissue = await screen.findByRole('dialog', { name: 'Cấp lại giấy chứng nhận' });
    await user.click(within(reissue).getByRole('button', { name: 'Cấp lại' }));
    expect(
      await screen.findByText('Đã cấp lại: giấy chứng nhận số 3/GCN-SKHCN-2026.'),
    ).toBeInTheDocument();
    expect(await within(grid).findByText('Cấp lại thay số 1/GCN-SKHCN-2026')).toBeInTheDocument();
  });

  it('has the server make the whole batch as one PDF, showing its progress, then downloads it', async () => {
    const jobId = 'd0a80101-0000-4000-8000-00000000000f';
    const states = [
      { state: 'running', progress: { done: 1, total: 3 } },
      { state: 'done', progress: { done: 3, total: 3 } },
    ];
    const { user, requests } = await openTab({
      'jobs.create': () => ({ status: 202, body: { id: jobId } }),
      'jobs.get': () => ({
        body: {
          id: jobId,
          kind: 'certificates_pdf',
          createdAt: '2026-05-15T02:00:00.000Z',
          ...(states.length > 1 ? states.shift() : states[0]),
        },
      }),
      'jobs.result': () => ({
        body: new Blob(['%PDF-1.7 '.repeat(400)], { type: 'application/pdf' }),
      }),
    });

    await user.click(screen.getByRole('button', { name: 'Tải cả bộ (PDF)' }));

    expect(
      await screen.findByText('Máy chủ đang làm tệp: 1/3 giấy chứng nhận'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Đã tải xong tệp PDF (3,5 KB).', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(requests.find((request) => request.route === 'jobs.create')?.body).toEqual({
      kind: 'certificates_pdf',
      params: { conferenceId: held.id },
    });
    expect(requests.find((request) => request.route === 'jobs.result')?.params).toEqual({
      id: jobId,
    });
  });

  it('copies the verification link of a certificate', async () => {
    const { user } = await openTab();
    // After user-event's setup, which puts a clipboard of its own in place.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const grid = await screen.findByRole('grid', { name: 'Danh sách giấy chứng nhận' });
    await within(grid).findByText('Trần Văn Bảy');

    await user.click(
      within(grid).getByRole('button', { name: 'Chép liên kết xác minh số 2/GCN-SKHCN-2026' }),
    );

    const url = `${window.location.origin}/verify/${certificates[1].verifyCode}`;
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(url));
    expect(await screen.findByText(`Đã chép liên kết xác minh: ${url}`)).toBeInTheDocument();
  });

  it('lets a coordinator read the certificates without issuing or revoking', async () => {
    await openTab({}, 'coordinator');
    const grid = await screen.findByRole('grid', { name: 'Danh sách giấy chứng nhận' });
    await within(grid).findByText('Trần Văn Bảy');

    expect(screen.queryByRole('button', { name: 'Cấp giấy chứng nhận' })).not.toBeInTheDocument();
    expect(within(grid).queryByRole('button', { name: /^Thu hồi/u })).not.toBeInTheDocument();
    expect(
      within(grid).getByRole('button', { name: 'Mở PDF số 1/GCN-SKHCN-2026' }),
    ).toBeInTheDocument();
  });
});
