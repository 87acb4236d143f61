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
} as const;

export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
export const conferencePath = (id: string) => `/conferences/${encodeURIComponent(id)}`;
