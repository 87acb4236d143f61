import type { Stringified } from '../stringified';

// The plan's results: targets, the coverage matrix and the official results report.

export const vi = {
  planResults: {
    tabs: {
      label: 'Các phần của chiến dịch',
      overview: 'Tổng quan',
      targets: 'Chỉ tiêu',
      matrix: 'Ma trận bao phủ',
      report: 'Báo cáo kết quả',
    },
    bands: {
      met: 'Đạt chỉ tiêu (từ 100%)',
      near: 'Gần đạt (75% – dưới 100%)',
      behind: 'Chậm (50% – dưới 75%)',
      far: 'Chậm nhiều (dưới 50%)',
      none: 'Chưa đặt chỉ tiêu',
    },
    matrix: {
      title: 'Ma trận bao phủ',
      intro:
        'Kết quả so với chỉ tiêu theo xã và theo hội. Ô càng đỏ càng chậm so với chỉ tiêu; bấm vào một xã để xem các hội nghị ở đó.',
      rows: 'Hàng',
      cols: 'Cột',
      measure: 'Số liệu',
      dimensions: {
        commune: 'Xã, phường',
        organization: 'Hội, tổ chức',
        group: 'Nhóm đối tượng',
        month: 'Tháng',
      },
      measures: {
        uniqueParticipants: 'Số người tham dự',
        attended: 'Lượt tham dự',
        conferencesHeld: 'Hội nghị đã tổ chức',
      },
      ofTarget: '{{actual}} / {{target}}',
      total: 'Tổng cộng',
      tableLabel: 'Ma trận kết quả so với chỉ tiêu',
      empty: 'Chưa có kết quả nào trong chiến dịch này.',
    },
    targets: {
      title: 'Chỉ tiêu theo xã và theo hội',
      intro:
        'Chỉ tiêu của kế hoạch cho từng xã, từng hội, hoặc từng hội ở một xã. Sửa trực tiếp trong bảng, hoặc dán từ Excel, rồi bấm “Lưu chỉ tiêu”.',
      gridLabel: 'Bảng chỉ tiêu',
      empty: 'Chưa có chỉ tiêu nào. Thêm dòng, hoặc dán từ Excel.',
      columns: {
        commune: 'Xã, phường',
        organization: 'Hội, tổ chức',
        conferences: 'Hội nghị',
        participants: 'Người tham dự',
        leaflets: 'Tờ rơi',
        actions: 'Thao tác',
      },
      addRow: 'Thêm dòng',
      deleteRow: 'Xóa dòng',
      paste: 'Dán từ Excel',
      save: 'Lưu chỉ tiêu',
      saved: 'Đã lưu chỉ tiêu.',
      unsaved: 'Có thay đổi chưa lưu.',
      refused: 'Chưa lưu được: hãy sửa các dòng sau.',
      rowProblem: 'Dòng {{problem}}',
      pasteTitle: 'Dán chỉ tiêu từ Excel',
      pasteHelp:
        'Trong Excel, chọn các cột theo thứ tự: xã (mã hoặc tên), hội (tên), hội nghị, người tham dự, tờ rơi; sao chép rồi dán vào ô dưới đây. Dòng tiêu đề được bỏ qua.',
      pasteLabel: 'Nội dung dán từ Excel',
      pasteRead: 'Đọc được {{count}} dòng.',
      pasteRefused: 'Không đọc được các dòng {{lines}}: kiểm tra tên xã, tên hội và các con số.',
      pasteAdd: 'Thêm {{count}} dòng vào bảng',
    },
    report: {
      title: 'Báo cáo kết quả thực hiện kế hoạch',
      intro:
        'Báo cáo gửi UBND tỉnh theo thể thức Nghị định 30/2020/NĐ-CP, với số liệu của kỳ báo cáo điền tự động.',
      period: 'Kỳ báo cáo',
      periods: {
        q1: 'Quý I',
        q2: 'Quý II',
        q3: 'Quý III',
        q4: 'Quý IV',
        h1: '6 tháng đầu năm',
        h2: '6 tháng cuối năm',
        year: 'Cả năm',
      },
      range: 'Từ {{from}} đến {{to}}',
      download: 'Tải báo cáo',
      textsTitle: 'Nội dung do Sở viết',
      fields: {
        documentNumber: 'Số văn bản',
        planReference: 'Kế hoạch được báo cáo',
        generalAssessment: 'Đánh giá chung',
        recommendations: 'Kiến nghị, đề xuất',
        recipients: 'Nơi nhận',
      },
      help: {
        documentNumber: 'Ví dụ: 125/BC-SKHCN. Để trống nếu điền tay khi ký.',
        planReference: 'Ví dụ: 170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
        generalAssessment: 'Những việc đã làm được, tồn tại và nguyên nhân.',
        recommendations: 'Đề xuất với UBND tỉnh và các sở, ngành.',
        recipients: 'Mỗi nơi nhận một dòng.',
      },
      saveTexts: 'Lưu nội dung',
      textsSaved: 'Đã lưu nội dung báo cáo.',
      readOnly: 'Nội dung báo cáo do cán bộ của Sở soạn; lãnh đạo tải báo cáo để xem.',
    },
  },
};

export const en: Stringified<typeof vi> = {
  planResults: {
    tabs: {
      label: 'Parts of the campaign',
      overview: 'Overview',
      targets: 'Targets',
      matrix: 'Coverage matrix',
      report: 'Results report',
    },
    bands: {
      met: 'Target met (100% or more)',
      near: 'Nearly met (75% – under 100%)',
      behind: 'Behind (50% – under 75%)',
      far: 'Far behind (under 50%)',
      none: 'No target set',
    },
    matrix: {
      title: 'Coverage matrix',
      intro:
        'Results against targets by commune and by association. The redder a cell, the further behind; click a commune to see its conferences.',
      rows: 'Rows',
      cols: 'Columns',
      measure: 'Figure',
      dimensions: {
        commune: 'Commune',
        organization: 'Association',
        group: 'Participant group',
        month: 'Month',
      },
      measures: {
        uniqueParticipants: 'Participants',
        attended: 'Attendances',
        conferencesHeld: 'Conferences held',
      },
      ofTarget: '{{actual}} / {{target}}',
      total: 'Total',
      tableLabel: 'Results against targets',
      empty: 'No results in this campaign yet.',
    },
    targets: {
      title: 'Targets by commune and association',
      intro:
        "The plan's targets for each commune, each association, or an association in a commune. Edit them in the table or paste them from Excel, then click “Save targets”.",
      gridLabel: 'Targets',
      empty: 'No targets yet. Add a row, or paste from Excel.',
      columns: {
        commune: 'Commune',
        organization: 'Association',
        conferences: 'Conferences',
        participants: 'Participants',
        leaflets: 'Leaflets',
        actions: 'Actions',
      },
      addRow: 'Add row',
      deleteRow: 'Delete row',
      paste: 'Paste from Excel',
      save: 'Save targets',
      saved: 'Targets saved.',
      unsaved: 'Unsaved changes.',
      refused: 'Not saved: please correct these rows.',
      rowProblem: 'Row {{problem}}',
      pasteTitle: 'Paste targets from Excel',
      pasteHelp:
        'In Excel, select the columns in this order: commune (code or name), association (name), conferences, participants, leaflets; copy and paste them below. A header row is skipped.',
      pasteLabel: 'Pasted from Excel',
      pasteRead: '{{count}} rows read.',
      pasteRefused:
        'Rows {{lines}} could not be read: check the commune and association names and the numbers.',
      pasteAdd: 'Add {{count}} rows to the table',
    },
    report: {
      title: 'Results report on the plan',
      intro:
        "The report to the provincial People's Committee in the layout of Decree 30/2020/NĐ-CP, with the period's figures filled in.",
      period: 'Reporting period',
      periods: {
        q1: 'First quarter',
        q2: 'Second quarter',
        q3: 'Third quarter',
        q4: 'Fourth quarter',
        h1: 'First half of the year',
        h2: 'Second half of the year',
        year: 'Whole year',
      },
      range: 'From {{from}} to {{to}}',
      download: 'Download the report',
      textsTitle: "The department's own text",
      fields: {
        documentNumber: 'Document number',
        planReference: 'Plan reported on',
        generalAssessment: 'General assessment',
        recommendations: 'Recommendations',
        recipients: 'Recipients',
      },
      help: {
        documentNumber: 'E.g. 125/BC-SKHCN. Leave empty to fill it in by hand when signing.',
        planReference: "E.g. 170/KH-UBND of 31/12/2024 of the provincial People's Committee",
        generalAssessment: 'What was done, what fell short, and why.',
        recommendations: "Proposals to the People's Committee and departments.",
        recipients: 'One recipient per line.',
      },
      saveTexts: 'Save the text',
      textsSaved: 'Report text saved.',
      readOnly:
        "The department's staff write the report's text; leadership downloads the report to read it.",
    },
  },
};
