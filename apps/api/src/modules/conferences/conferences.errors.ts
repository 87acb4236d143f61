import type { ConferenceConflict, ConferenceStatus } from '@canhgiac/contracts';
import { AppError } from '../../common/errors/app-error';

export const conferenceClash = (conflicts: ConferenceConflict[]) =>
  new AppError(
    'CONFERENCE_CLASH',
    conflicts.some((c) => c.reason === 'venue')
      ? 'Địa điểm hoặc báo cáo viên đã có lịch trùng thời gian. Chọn giờ khác, hoặc vẫn đặt lịch nếu chắc chắn.'
      : 'Báo cáo viên đã có lịch trùng thời gian. Chọn giờ khác, hoặc vẫn đặt lịch nếu chắc chắn.',
    { extra: { conflicts } },
  );

const statusNames: Record<ConferenceStatus, string> = {
  planned: 'dự kiến',
  confirmed: 'đã xác nhận',
  held: 'đã tổ chức',
  cancelled: 'đã hủy',
};

export const invalidTransition = (from: ConferenceStatus, to: ConferenceStatus) =>
  new AppError(
    'CONFERENCE_STATUS_INVALID',
    `Không thể chuyển hội nghị từ "${statusNames[from]}" sang "${statusNames[to]}"`,
    {
      extra: { from, to },
    },
  );

export const notEditable = (status: ConferenceStatus) =>
  new AppError('CONFERENCE_NOT_EDITABLE', `Hội nghị ${statusNames[status]} chỉ được sửa ghi chú`, {
    extra: { status },
  });

export const notStartedYet = () =>
  new AppError(
    'CONFERENCE_NOT_STARTED',
    'Hội nghị chưa bắt đầu nên chưa thể đánh dấu là đã tổ chức',
  );

export const capacityBelowRegistered = (registered: number) =>
  new AppError(
    'CAPACITY_BELOW_REGISTERED',
    `Đã có ${registered} người đăng ký, sức chứa không được nhỏ hơn`,
    { extra: { registered } },
  );
