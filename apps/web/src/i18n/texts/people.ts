import type { Stringified } from '../stringified';

// The person form and the people registry.

export const vi = {
  personForm: {
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    genders: { male: 'Nam', female: 'Nữ', other: 'Khác' },
    birthYear: 'Năm sinh',
    birthYearHelp: 'Ví dụ: 1958',
    phone: 'Số điện thoại di động',
    phoneHelp: 'Không bắt buộc. Ví dụ: 0912 345 678 hoặc +84 912 345 678',
    commune: 'Xã, phường',
    group: 'Nhóm đối tượng',
    groups: {
      farmer: 'Nông dân',
      veteran: 'Cựu chiến binh',
      elderly: 'Người cao tuổi',
      student: 'Học sinh, sinh viên',
      worker: 'Công nhân',
      civil_servant: 'Cán bộ, công chức',
      other: 'Khác',
    },
    organization: 'Tổ chức (hội, đoàn thể)',
    organizationHelp: 'Không bắt buộc: hội, đoàn thể có người này trong danh sách hội viên.',
    consent: 'Người tham dự đồng ý cho lưu thông tin cá nhân',
    consentHelp:
      'Bắt buộc (Nghị định 13/2023/NĐ-CP). Chỉ lưu họ tên, giới tính, năm sinh, xã, nhóm đối tượng và số điện thoại nếu có.',
    consentRequired: 'Cần có sự đồng ý của người tham dự để lưu thông tin',
    consentSource: 'Hình thức đồng ý',
    consentSources: {
      paper_form: 'Ký phiếu giấy',
      in_person: 'Đồng ý trực tiếp',
      import: 'Theo danh sách nhập từ tệp',
    },
    erasedName: '(đã xóa thông tin)',
  },
  people: {
    title: 'Người tham dự',
    intro:
      'Những người đã đăng ký hoặc tham dự hội nghị. Thông tin cá nhân chỉ dùng để quản lý hội nghị và được xóa khi có yêu cầu.',
    gridLabel: 'Danh sách người tham dự',
    add: 'Thêm người tham dự',
    searchLabel: 'Tìm theo họ tên hoặc số điện thoại',
    searchHelp: 'Gõ có dấu hoặc không dấu: “nguyen thi huong” tìm thấy “Nguyễn Thị Hương”.',
    birthYearFilter: 'Năm sinh',
    columns: {
      fullName: 'Họ và tên',
      birthYear: 'Năm sinh',
      gender: 'Giới tính',
      phone: 'Số điện thoại',
      commune: 'Xã, phường',
      group: 'Nhóm đối tượng',
      organization: 'Tổ chức',
      actions: 'Thao tác',
    },
    actions: {
      edit: 'Sửa thông tin của {{name}}',
      erase: 'Xóa thông tin cá nhân của {{name}}',
    },
    form: {
      createTitle: 'Thêm người tham dự',
      editTitle: 'Sửa thông tin người tham dự',
      erased: 'Thông tin cá nhân của người này đã được xóa theo yêu cầu nên không sửa được nữa.',
    },
    duplicate: {
      title: 'Người này đã có trong danh sách',
      body: 'Đã có một người trùng họ tên, năm sinh và số điện thoại (hoặc trùng xã khi không có số điện thoại). Hãy mở người đã có thay vì thêm mới.',
      open: 'Mở người đã có',
    },
    erase: {
      title: 'Xóa thông tin cá nhân?',
      body: 'Họ tên, số điện thoại và năm sinh của {{name}} sẽ bị xóa vĩnh viễn, không khôi phục được.',
      keeps:
        'Các lần tham dự của người này vẫn được tính trong báo cáo, nhưng ẩn danh: không còn gắn với tên hay số điện thoại.',
      confirm: 'Xóa thông tin',
    },
    saved: {
      created: 'Đã thêm “{{name}}”.',
      updated: 'Đã lưu thay đổi của “{{name}}”.',
      erased: 'Đã xóa thông tin cá nhân.',
    },
  },
};

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
