import type { ConferenceTabKey } from './conference-tab';

/** The app's addresses: route patterns for the router, and builders for links. */
export const paths = {
  home: '/',
  login: '/login',
  verify: '/verify/:verifyCode',
  account: '/account',
  reference: '/reference',
  users: '/users',
  audit: '/audit',
  campaigns: '/campaigns',
  campaign: '/campaigns/:campaignId',
  conferences: '/conferences',
  conference: '/conferences/:conferenceId',
  dashboard: '/dashboard',
  leaflets: '/leaflets',
  reports: '/reports',
  checkIn: '/conferences/:conferenceId/check-in',
  offlineCheckIn: '/conferences/:conferenceId/check-in/offline',
  people: '/people',
  certificates: '/certificates',
} as const;

export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
export const conferencePath = (id: string) => `/conferences/${encodeURIComponent(id)}`;
/** A conference page open on one of its tabs ("registrations", "attendance"…). */
export const conferenceTabPath = (id: string, tab: ConferenceTabKey) =>
  `${conferencePath(id)}?tab=${tab}`;
export const checkInPath = (conferenceId: string) =>
  `/conferences/${encodeURIComponent(conferenceId)}/check-in`;
/** Check-in from the list on the device: opens with no network. */
export const offlineCheckInPath = (conferenceId: string) =>
  `/conferences/${encodeURIComponent(conferenceId)}/check-in/offline`;
export const verifyPath = (verifyCode: string) => `/verify/${encodeURIComponent(verifyCode)}`;
/** The people page with one person open (`?person=`), e.g. the existing one of a duplicate. */
export const personPath = (id: string) => `/people?person=${encodeURIComponent(id)}`;
/** The next conferences, from today: where a coordinator starts. */
export const upcomingConferencesPath = '/conferences?view=upcoming';
/** A campaign's conferences in one commune, as a list (from a cell of the coverage matrix). */
export const communeConferencesPath = (campaignId: string, communeCode: string) =>
  `/conferences?view=list&campaignId=${encodeURIComponent(campaignId)}&communeCode=${encodeURIComponent(communeCode)}`;

/** A route pattern as a regular expression: each `:param` is one path segment. */
const patternRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/:[^/]+/gu, '[^/]+')}/?$`, 'u');
const withoutAccount = [paths.verify, paths.offlineCheckIn].map(patternRegExp);

/**
 * Pages that open without an account (the certificate check, offline check-in). Used before the
 * router has loaded, hence a plain match on the patterns.
 */
export function opensWithoutAccount(pathname: string): boolean {
  return withoutAccount.some((pattern) => pattern.test(pathname));
}
