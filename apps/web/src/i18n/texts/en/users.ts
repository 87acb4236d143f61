import type { Stringified } from '../../stringified';
import type { vi } from '../users';

export const en: Stringified<typeof vi> = {
  users: {
    title: 'Users',
    intro: 'Sign-in accounts of department staff, leadership and association coordinators.',
    gridLabel: 'Users',
    add: 'Add user',
    searchLabel: 'Search by name or username',
    roleFilter: 'Role',
    allRoles: 'All roles',
    activeFilter: 'Status',
    allStates: 'All',
    organizationFilter: 'Organization',
    allOrganizations: 'All organizations',
    active: 'Active',
    inactive: 'Locked',
    neverLoggedIn: 'Never signed in',
    columns: {
      username: 'Username',
      fullName: 'Full name',
      role: 'Role',
      organization: 'Organization',
      active: 'Status',
      lastLoginAt: 'Last sign-in',
      actions: 'Actions',
    },
    actions: {
      edit: 'Edit {{name}}',
      resetPassword: 'Reset the password of {{name}}',
      deactivate: 'Lock the account of {{name}}',
      activate: 'Unlock the account of {{name}}',
    },
    form: {
      createTitle: 'Add user',
      editTitle: 'Edit user',
      editingUsername: 'Username: {{username}}',
      username: 'Username',
      usernameHelp: 'Letters without accents, digits, dots or dashes; for example: coord.hainam',
      fullName: 'Full name',
      role: 'Role',
      organization: 'Organization',
      organizationHelp:
        'Required for coordinators: they only see the members of this organization.',
      organizationOptional: 'Optional for the other roles.',
      password: 'Password',
      passwordHelp:
        'At least 10 characters, not the username. Hand the password to the user in person.',
      active: 'May sign in',
    },
    resetPassword: {
      title: 'Reset password',
      intro: 'Set a new password for {{name}} ({{username}}). They are signed out on every device.',
      password: 'New password',
      confirm: 'Repeat the new password',
      submit: 'Reset password',
    },
    deactivate: {
      title: 'Lock this account?',
      body: '{{name}} will no longer be able to sign in and is signed out on every device. You can unlock the account later.',
      confirm: 'Lock account',
    },
    activate: {
      title: 'Unlock this account?',
      body: '{{name}} will be able to sign in again with their current password.',
      confirm: 'Unlock',
    },
    saved: {
      created: 'User “{{name}}” added.',
      updated: 'Changes to “{{name}}” saved.',
      passwordReset: 'Password of “{{name}}” reset.',
      activated: 'Account of “{{name}}” unlocked.',
      deactivated: 'Account of “{{name}}” locked.',
    },
  },
};
