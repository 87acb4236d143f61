import type { Stringified } from '../../stringified';
import type { vi } from '../campaigns';

export const en: Stringified<typeof vi> = {
  campaigns: {
    title: 'Plans and campaigns',
    intro:
      "The province's awareness campaigns, with their targets for conferences, participants and leaflets.",
    gridLabel: 'Campaigns',
    add: 'Add campaign',
    edit: 'Edit campaign',
    editAria: 'Edit {{name}}',
    back: 'All campaigns',
    period: '{{from}} – {{to}}',
    targetsLine:
      'Targets: {{conferences}} conferences, {{participants}} participants, {{leaflets}} leaflets',
    columns: {
      name: 'Campaign',
      year: 'Year',
      period: 'Period',
      targetConferences: 'Target conferences',
      targetParticipants: 'Target participants',
      targetLeaflets: 'Target leaflets',
      actions: 'Edit',
    },
    form: {
      createTitle: 'Add campaign',
      editTitle: 'Edit campaign',
      name: 'Campaign name',
      year: 'Plan year',
      startsOn: 'Start date',
      endsOn: 'End date',
      targetConferences: 'Target conferences',
      targetParticipants: 'Target participants',
      targetLeaflets: 'Target leaflets',
      certificate: {
        title: 'Certificates',
        newNote: 'Settings left empty take the system defaults; they can be changed later.',
        editNote:
          'Changes apply to certificates issued from now on; certificates already issued keep their text and serial when reprinted.',
        parentBody: 'Parent authority',
        parentBodyHelp: 'Printed above the issuer, e.g. UBND TỈNH NAM ĐỊNH',
        issuer: 'Issuing authority',
        issuerHelp: 'e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        serialSuffix: 'Serial suffix',
        serialSuffixHelp: 'Capital letters, digits and hyphens, e.g. GCN-SKHCN',
        serialPreview: 'Sample serial: {{serial}}',
        issuePlace: 'Place of issue',
        issuePlaceHelp: 'Printed before the date: “Nam Định, ngày … tháng … năm …”',
        signerTitle: 'Signer’s title',
        signerTitleHelp: 'e.g. GIÁM ĐỐC',
        signerName: 'Signer’s name',
        signerNameHelp: 'Leave empty to sign by hand after printing',
      },
    },
    saved: {
      created: 'Campaign “{{name}}” added.',
      updated: 'Changes to “{{name}}” saved.',
    },
    progress: {
      title: 'Progress',
      conferencesHeld: 'Conferences held',
      conferencesValue: '{{held}}/{{target}} conferences ({{percent}}%)',
      conferencesUpcoming: '{{count}} more conferences are scheduled but not held yet.',
      communesReached: 'Communes, wards and townships reached',
      communesValue: '{{reached}}/{{total}} communes ({{percent}}%)',
      communesScheduled: '{{count}} communes have a conference coming up.',
      byStatus: 'Conferences by status',
      statusCount: '{{status}}: {{count}}',
      noConferences: 'No conferences in this campaign yet.',
    },
  },
};
