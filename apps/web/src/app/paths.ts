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
