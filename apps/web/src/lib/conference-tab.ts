import type { Conference } from '@canhgiac/contracts';

export const conferenceTabKeys = [
  'registrations',
  'attendance',
  'certificates',
  'leaflets',
] as const;
export type ConferenceTabKey = (typeof conferenceTabKeys)[number];

/** What every tab panel of the conference page receives (the app's tab registry fills them). */
export interface ConferenceTabPanelProps {
  conference: Conference;
  tabKey: ConferenceTabKey;
}
