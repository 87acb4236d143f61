import type { Conference } from '@canhgiac/contracts';
import type { TFunction } from 'i18next';
import { formatTime, inVietnam } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';

/** "Thứ Ba, 15/09/2026, 08:00–11:00" in Vietnam time (the end's date too when another day). */
export function conferenceTimeText(conference: Conference, t: TFunction): string {
  const start = inVietnam(conference.startsAt);
  const end = inVietnam(conference.endsAt);
  // "thứ sáu" → "Thứ Sáu", as Vietnamese documents write weekdays.
  const weekday = start
    .format('dddd')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1))
    .join(' ');
  return t('conference.timeValue', {
    weekday,
    date: formatDate(start.format('YYYY-MM-DD')),
    from: formatTime(conference.startsAt),
    to: start.isSame(end, 'day') ? formatTime(conference.endsAt) : end.format('DD/MM/YYYY HH:mm'),
  });
}
