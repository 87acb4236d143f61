import type { Stringified } from '../stringified';

// Certificates and their public check.

export const vi = {
  certificates: {
    title: 'Giấy chứng nhận',
    intro:
      'Mỗi người đã điểm danh được cấp một giấy chứng nhận có số riêng và mã QR để bất kỳ ai cũng kiểm tra được là thật.',
    issue: 'Cấp giấy chứng nhận',
    issuing: 'Đang cấp giấy chứng nhận…',
    issued: 'Đã cấp {{count}} giấy chứng nhận mới.',
    issuedNone: 'Không có ai cần cấp thêm: mọi người đã điểm danh đều đã có giấy chứng nhận.',
    confirm: {
      title: 'Cấp giấy chứng nhận?',
      loading: 'Đang xem những ai sẽ được cấp…',
      count:
        'Sẽ cấp và đánh số {{count}} giấy chứng nhận cho những người đã điểm danh mà chưa có giấy.',
      serials: 'Số hiệu: từ {{first}} đến {{last}}.',
      serial: 'Số hiệu: {{first}}.',
      first: 'Giấy đầu tiên: {{name}}',
      firstOf: 'Giấy đầu tiên: {{name}} ({{organization}})',
      order:
        'Giấy được đánh số theo tổ chức, rồi theo tên. Số hiệu đã cấp không thu lại được; nếu cùng lúc có đợt cấp khác, số hiệu có thể lùi về sau.',
      submit: 'Cấp {{count}} giấy chứng nhận',
    },
    notHeld:
      'Chỉ cấp được giấy chứng nhận sau khi hội nghị đã được tổ chức. Hãy chuyển hội nghị sang “Đã tổ chức” trước.',
    counts: '{{valid}} còn hiệu lực · {{revoked}} đã thu hồi',
    downloadAll: 'Tải cả bộ (PDF)',
    downloadProgress: 'Tiến độ tải tệp PDF',
    downloadingBytes: 'Đang tải: {{loaded}}',
    downloadingOf: 'Đang tải: {{loaded}} / {{total}}',
    making: 'Máy chủ đang làm tệp: {{done}}/{{total}} giấy chứng nhận',
    downloaded: 'Đã tải xong tệp PDF ({{size}}).',
    batchFile: 'giay-chung-nhan.pdf',
    oneFile: 'giay-chung-nhan-{{serial}}.pdf',
    gridLabel: 'Danh sách giấy chứng nhận',
    card: { serial: 'Số {{serial}}' },
    empty: 'Chưa cấp giấy chứng nhận nào cho hội nghị này.',
    columns: {
      serial: 'Số',
      holderName: 'Người được cấp',
      status: 'Trạng thái',
      issuedAt: 'Ngày cấp',
      note: 'Ghi chú',
      actions: 'Thao tác',
    },
    status: { valid: 'Còn hiệu lực', revoked: 'Đã thu hồi' },
    replaces: 'Cấp lại thay số {{serial}}',
    replacedBy: 'Đã cấp lại: số {{serial}}',
    reason: 'Lý do: {{reason}}',
    actions: {
      pdf: 'Mở PDF số {{serial}}',
      copy: 'Chép liên kết xác minh số {{serial}}',
      verify: 'Mở trang xác minh số {{serial}}',
      revoke: 'Thu hồi số {{serial}}',
      reissue: 'Cấp lại thay số {{serial}}',
    },
    copied: 'Đã chép liên kết xác minh: {{url}}',
    revokeDialog: {
      title: 'Thu hồi giấy chứng nhận',
      body: 'Thu hồi giấy chứng nhận số {{serial}} của {{name}}? Trang xác minh sẽ báo giấy này đã bị thu hồi, kèm lý do. Việc thu hồi không hoàn tác được, nhưng có thể cấp lại giấy mới.',
      reason: 'Lý do thu hồi',
      confirm: 'Thu hồi',
      keep: 'Không thu hồi',
    },
    reissueDialog: {
      title: 'Cấp lại giấy chứng nhận',
      body: 'Cấp một giấy chứng nhận mới, với số mới, thay cho số {{serial}} đã thu hồi của {{name}}?',
      confirm: 'Cấp lại',
    },
    revoked: 'Đã thu hồi giấy chứng nhận số {{serial}}.',
    reissued: 'Đã cấp lại: giấy chứng nhận số {{serial}}.',
    /** The certificates page: the rules, then every held conference's count. */
    overview: {
      intro:
        'Ai được cấp giấy chứng nhận, cấp như thế nào, và tình hình cấp ở từng hội nghị đã tổ chức.',
      rulesTitle: 'Ai được cấp, cấp như thế nào',
      rules: {
        eligible:
          'Người được cấp: mỗi người đã điểm danh có mặt tại một hội nghị đã tổ chức được cấp một giấy chứng nhận. Người đăng ký mà vắng mặt thì không được cấp.',
        issue:
          'Cách cấp: khi hội nghị đã chuyển sang “Đã tổ chức”, cán bộ Sở mở thẻ “Giấy chứng nhận” của hội nghị và bấm “Cấp giấy chứng nhận”. Mỗi lần cấp chỉ cấp cho những người đã điểm danh mà chưa có giấy, nên cấp thêm sau khi bổ sung điểm danh không bị trùng.',
        numbers:
          'Số hiệu và xác minh: giấy được đánh số liên tục trong sổ của năm (ví dụ 125/GCN-SKHCN-2026) và in mã QR; bất kỳ ai quét mã cũng kiểm tra được giấy là thật và còn hiệu lực.',
        revoke:
          'Thu hồi, cấp lại: giấy cấp sai được thu hồi, có ghi lý do, rồi cấp lại với số mới; trang xác minh báo giấy cũ đã bị thu hồi.',
      },
      staffNote:
        'Bấm tên hội nghị để cấp, tải bản in hoặc thu hồi giấy chứng nhận của hội nghị đó.',
      coordinatorNote:
        'Các con số dưới đây tính người tham dự của tổ chức bạn phụ trách (gồm các chi hội). Bấm tên hội nghị để tải giấy chứng nhận của hội viên.',
      listTitle: 'Hội nghị đã tổ chức',
      campaign: 'Chiến dịch',
      allCampaigns: 'Tất cả chiến dịch',
      pendingOnly: 'Chỉ hội nghị còn giấy chưa cấp',
      totals:
        '{{conferences}} hội nghị · {{eligible}} người đủ điều kiện · đã cấp {{issued}} · còn phải cấp {{toIssue}}',
      gridLabel: 'Tình hình cấp giấy chứng nhận theo hội nghị',
      card: {
        toIssue: 'Còn {{number}} giấy chưa cấp',
        allIssued: 'Đã cấp đủ',
        noneEligible: 'Không có ai đủ điều kiện',
        counts: 'Đã cấp {{issued}} / {{eligible}} người đủ điều kiện',
      },
      fileName: 'Tình hình cấp giấy chứng nhận',
      columns: {
        title: 'Hội nghị',
        heldOn: 'Ngày tổ chức',
        commune: 'Xã, phường',
        eligible: 'Đủ điều kiện',
        issued: 'Đã cấp',
        toIssue: 'Còn phải cấp',
        revoked: 'Thu hồi, chưa cấp lại',
      },
    },
  },
  verify: {
    title: 'Xác minh giấy chứng nhận',
    checking: 'Đang kiểm tra giấy chứng nhận…',
    valid: 'HỢP LỆ',
    validBody: 'Giấy chứng nhận này là thật và còn hiệu lực.',
    revoked: 'ĐÃ THU HỒI',
    revokedBody: 'Giấy chứng nhận này đã bị thu hồi, không còn giá trị.',
    notFound: 'KHÔNG TÌM THẤY',
    notFoundBody:
      'Không có giấy chứng nhận nào với mã này. Giấy có thể là giả, hoặc mã quét bị sai: hãy quét lại.',
    tooMany: 'XIN THỬ LẠI SAU',
    tooManyBody:
      'Có quá nhiều lượt kiểm tra trong thời gian ngắn. Vui lòng đợi vài phút rồi quét lại.',
    failed: 'CHƯA KIỂM TRA ĐƯỢC',
    failedBody: 'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
    retry: 'Thử lại',
    fields: {
      serial: 'Số giấy chứng nhận',
      holderName: 'Người được cấp',
      conferenceTitle: 'Hội nghị',
      heldOn: 'Ngày tổ chức',
      place: 'Địa điểm',
      issuer: 'Cơ quan cấp',
      issuedOn: 'Ngày cấp',
      revokedOn: 'Ngày thu hồi',
      revokedReason: 'Lý do thu hồi',
      replacedBySerial: 'Giấy cấp thay thế',
    },
    erasedHolder: '(đã xóa thông tin)',
    footer: 'Trang xác minh chính thức của hệ thống Cảnh Giác',
  },
};

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
