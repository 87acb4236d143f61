export const paths = {
  home: '/',
  reference: '/reference',
} as const;
