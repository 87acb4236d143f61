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
