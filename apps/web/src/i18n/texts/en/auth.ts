import type { Stringified } from '../../stringified';
import type { vi } from '../auth';

export const en: Stringified<typeof vi> = {
  password: {
    show: 'Show the characters typed',
    hide: 'Hide the characters typed',
  },
  login: {
    title: 'Sign in',
    intro: 'Training conferences against online and telephone fraud',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    expired: 'Your session has expired. Please sign in again.',
    locked: 'Too many failed sign-ins. Please try again in {{minutes}} minutes.',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    offline: 'The server could not be reached. Please check the network and try again.',
  },
  account: {
    title: 'My account',
    detailsTitle: 'Account details',
    fullName: 'Full name',
    username: 'Username',
    role: 'Role',
    organization: 'Organization',
    noOrganization: 'No organization',
    passwordTitle: 'Change password',
    passwordHint:
      'The new password needs at least 10 characters and must differ from the username. Your other sessions end once it is changed.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    mismatch: 'The passwords do not match',
    submit: 'Change password',
    changed: 'Password changed.',
  },
};
