import type { Stringified } from '../../stringified';
import type { vi } from '../certificates';

export const en: Stringified<typeof vi> = {
  certificates: {
    title: 'Certificates',
    intro:
      'Everyone who checked in gets a certificate with its own serial number and a QR code anyone can use to check it is genuine.',
    issue: 'Issue certificates',
    issuing: 'Issuing certificates…',
    issued: '{{count}} new certificates issued.',
    issuedNone: 'Nobody is waiting: everyone who checked in already has a certificate.',
    confirm: {
      title: 'Issue certificates?',
      loading: 'Looking up who will receive one…',
      count:
        '{{count}} certificates will be issued and numbered, for everyone who checked in and has none yet.',
      serials: 'Serials: {{first}} to {{last}}.',
      serial: 'Serial: {{first}}.',
      first: 'First certificate: {{name}}',
      firstOf: 'First certificate: {{name}} ({{organization}})',
      order:
        'Certificates are numbered by organization, then by name. Serials once issued are never taken back; if another batch is issued at the same moment, the serials may move further on.',
      submit: 'Issue {{count}} certificates',
    },
    notHeld:
      'Certificates can be issued only after the conference has been held. Mark the conference as “Held” first.',
    counts: '{{valid}} valid · {{revoked}} revoked',
    downloadAll: 'Download all (PDF)',
    downloadProgress: 'PDF download progress',
    downloadingBytes: 'Downloading: {{loaded}}',
    downloadingOf: 'Downloading: {{loaded}} / {{total}}',
    making: 'The server is making the file: {{done}}/{{total}} certificates',
    downloaded: 'PDF downloaded ({{size}}).',
    batchFile: 'certificates.pdf',
    oneFile: 'certificate-{{serial}}.pdf',
    gridLabel: 'Certificates',
    card: { serial: 'No. {{serial}}' },
    empty: 'No certificate has been issued for this conference yet.',
    columns: {
      serial: 'Serial',
      holderName: 'Holder',
      status: 'Status',
      issuedAt: 'Issued on',
      note: 'Note',
      actions: 'Actions',
    },
    status: { valid: 'Valid', revoked: 'Revoked' },
    replaces: 'Re-issued for {{serial}}',
    replacedBy: 'Re-issued as {{serial}}',
    reason: 'Reason: {{reason}}',
    actions: {
      pdf: 'Open the PDF of {{serial}}',
      copy: 'Copy the verification link of {{serial}}',
      verify: 'Open the verification page of {{serial}}',
      revoke: 'Revoke {{serial}}',
      reissue: 'Re-issue {{serial}}',
    },
    copied: 'Verification link copied: {{url}}',
    revokeDialog: {
      title: 'Revoke certificate',
      body: 'Revoke certificate {{serial}} of {{name}}? The verification page will say it was revoked, with the reason. Revoking cannot be undone, but a new certificate can be issued.',
      reason: 'Reason for revoking',
      confirm: 'Revoke',
      keep: 'Keep',
    },
    reissueDialog: {
      title: 'Re-issue certificate',
      body: 'Issue a new certificate, with a new serial, to replace the revoked {{serial}} of {{name}}?',
      confirm: 'Re-issue',
    },
    revoked: 'Certificate {{serial}} revoked.',
    reissued: 'Re-issued as certificate {{serial}}.',
    overview: {
      intro:
        'Who receives a certificate, how they are issued, and where each held conference stands.',
      rulesTitle: 'Who receives one, and how',
      rules: {
        eligible:
          'Who: everyone checked in as present at a held conference receives one certificate. People who registered but stayed away receive none.',
        issue:
          'How: once the conference is marked “Held”, department staff open its “Certificates” tab and choose “Issue certificates”. Each run issues only to those checked in who have none yet, so issuing again after late check-ins makes no duplicates.',
        numbers:
          'Numbers and checking: certificates are numbered in one running register per year (e.g. 125/GCN-SKHCN-2026) and carry a QR code; anyone who scans it can check the certificate is genuine and valid.',
        revoke:
          'Revoking and re-issuing: a certificate issued in error is revoked, with its reason, then issued again under a new number; its check page says the old one was revoked.',
      },
      staffNote: 'Open a conference by its title to issue, print or revoke its certificates.',
      coordinatorNote:
        'The figures below count the participants of your organization (with its branches). Open a conference by its title to download your members’ certificates.',
      listTitle: 'Held conferences',
      campaign: 'Campaign',
      allCampaigns: 'All campaigns',
      pendingOnly: 'Only conferences with certificates still to issue',
      totals:
        '{{conferences}} conferences · {{eligible}} eligible · {{issued}} issued · {{toIssue}} still to issue',
      gridLabel: 'Certificates issued per conference',
      card: {
        toIssue: '{{number}} still to issue',
        allIssued: 'All issued',
        noneEligible: 'Nobody eligible',
        counts: '{{issued}} issued of {{eligible}} eligible',
      },
      fileName: 'Certificates issued',
      columns: {
        title: 'Conference',
        heldOn: 'Held on',
        commune: 'Commune',
        eligible: 'Eligible',
        issued: 'Issued',
        toIssue: 'Still to issue',
        revoked: 'Revoked, not re-issued',
      },
    },
  },
  verify: {
    title: 'Certificate verification',
    checking: 'Checking the certificate…',
    valid: 'GENUINE',
    validBody: 'This certificate is genuine and valid.',
    revoked: 'REVOKED',
    revokedBody: 'This certificate has been revoked and is no longer valid.',
    notFound: 'NOT FOUND',
    notFoundBody:
      'No certificate has this code. The certificate may be forged, or the code was misread: scan it again.',
    tooMany: 'PLEASE TRY LATER',
    tooManyBody: 'Too many checks in a short time. Please wait a few minutes, then scan again.',
    failed: 'NOT CHECKED YET',
    failedBody: 'The server could not be reached. Check the network, then try again.',
    retry: 'Try again',
    fields: {
      serial: 'Certificate number',
      holderName: 'Holder',
      conferenceTitle: 'Conference',
      heldOn: 'Held on',
      place: 'Place',
      issuer: 'Issued by',
      issuedOn: 'Issued on',
      revokedOn: 'Revoked on',
      revokedReason: 'Reason for revoking',
      replacedBySerial: 'Replaced by',
    },
    erasedHolder: '(data erased)',
    footer: 'The official verification page of the Cảnh Giác system',
  },
};
