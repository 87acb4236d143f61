import { useMemo } from 'react';
import { conferenceStatuses, type ConferenceStatus } from '@canhgiac/contracts';
import { todayInVietnam } from '../../../lib/date-time';
import { useUrlFilters } from '../../../lib/use-url-filters';

export type ConferenceView = 'upcoming' | 'calendar' | 'list';

export interface ConferenceFilters {
  /** The next conferences from today, the calendar, or the list of a period. */
  view: ConferenceView;
  mode: 'month' | 'week';
  /** The day the calendar shows (its month or week), YYYY-MM-DD. */
  date: string;
  campaignId: string;
  districtCode: string;
  communeCode: string;
  status: ConferenceStatus | '';
  /** The list's period, YYYY-MM-DD ('' for open-ended). */
  from: string;
  to: string;
  q: string;
}

const isDay = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/u.test(value);
const isView = (value: string | null): value is ConferenceView =>
  value === 'upcoming' || value === 'calendar' || value === 'list';
const isStatus = (value: string | null): value is ConferenceStatus =>
  (conferenceStatuses as readonly (string | null)[]).includes(value);

/**
 * The page's view and filters live in the address (`?view=list&status=planned…`), so a filtered
 * calendar or list can be bookmarked, shared and reopened with the back button. Without a `view`
 * the page shows `defaultView`; without a `mode` the calendar shows `defaultMode` (the week on a
 * phone, where a month is too narrow).
 */
export function useConferenceFilters(
  defaultView: ConferenceView = 'calendar',
  defaultMode: ConferenceFilters['mode'] = 'month',
) {
  const [params, change] = useUrlFilters<ConferenceFilters>();
  const filters = useMemo<ConferenceFilters>(() => {
    const text = (key: string) => params.get(key) ?? '';
    const date = params.get('date');
    const status = params.get('status');
    const from = params.get('from');
    const to = params.get('to');
    const view = params.get('view');
    return {
      view: isView(view) ? view : defaultView,
      mode: ((mode) => (mode === 'week' || mode === 'month' ? mode : defaultMode))(
        params.get('mode'),
      ),
      date: isDay(date) ? date : todayInVietnam(),
      campaignId: text('campaignId'),
      districtCode: text('districtCode'),
      communeCode: text('communeCode'),
      status: isStatus(status) ? status : '',
      from: isDay(from) ? from : '',
      to: isDay(to) ? to : '',
      q: text('q'),
    };
  }, [params, defaultView, defaultMode]);

  return [filters, change] as const;
}
