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
