import type { Stringified } from '../../stringified';
import type { vi } from '../people';

export const en: Stringified<typeof vi> = {
  personForm: {
    fullName: 'Full name',
    gender: 'Gender',
    genders: { male: 'Male', female: 'Female', other: 'Other' },
    birthYear: 'Birth year',
    birthYearHelp: 'For example: 1958',
    phone: 'Mobile phone',
    phoneHelp: 'Optional. For example: 0912 345 678 or +84 912 345 678',
    commune: 'Commune, ward, township',
    group: 'Group',
    groups: {
      farmer: 'Farmer',
      veteran: 'Veteran',
      elderly: 'Elderly',
      student: 'Student',
      worker: 'Worker',
      civil_servant: 'Civil servant',
      other: 'Other',
    },
    organization: 'Organization (association, union)',
    organizationHelp: 'Optional: the association or union whose member list has this person.',
    consent: 'The participant agrees to have their personal data kept',
    consentHelp:
      'Required (Decree 13/2023/ND-CP). Only name, gender, birth year, commune, group and phone (if any) are kept.',
    consentRequired: "The participant's consent is needed to keep their data",
    consentSource: 'How consent was given',
    consentSources: {
      paper_form: 'Signed paper form',
      in_person: 'In person',
      import: 'By an imported list',
    },
    erasedName: '(data erased)',
  },
  people: {
    title: 'Participants',
    intro:
      'People registered for or attending conferences. Personal data is used only to run the conferences and is erased on request.',
    gridLabel: 'Participants',
    add: 'Add participant',
    searchLabel: 'Search by name or phone',
    searchHelp: 'With or without accents: “nguyen thi huong” finds “Nguyễn Thị Hương”.',
    birthYearFilter: 'Birth year',
    columns: {
      fullName: 'Full name',
      birthYear: 'Birth year',
      gender: 'Gender',
      phone: 'Phone',
      commune: 'Commune, ward, township',
      group: 'Group',
      organization: 'Organization',
      actions: 'Actions',
    },
    actions: {
      edit: 'Edit {{name}}',
      erase: 'Erase the personal data of {{name}}',
    },
    form: {
      createTitle: 'Add participant',
      editTitle: 'Edit participant',
      erased: "This person's personal data was erased on request and can no longer be edited.",
    },
    duplicate: {
      title: 'This person is already listed',
      body: 'Someone with the same name, birth year and phone (or commune, without a phone) already exists. Open that person instead of adding a new one.',
      open: 'Open the existing person',
    },
    erase: {
      title: 'Erase personal data?',
      body: 'The name, phone and birth year of {{name}} will be erased for good and cannot be restored.',
      keeps:
        "This person's attendance still counts in reports, anonymously: no longer tied to a name or phone.",
      confirm: 'Erase data',
    },
    saved: {
      created: '“{{name}}” added.',
      updated: 'Changes to “{{name}}” saved.',
      erased: 'Personal data erased.',
    },
  },
};
