// Signing in, passwords and the account page.

export const vi = {
  password: {
    show: 'Hiện các ký tự đã gõ',
    hide: 'Che các ký tự đã gõ',
  },
  login: {
    title: 'Đăng nhập',
    intro: 'Quản lý hội nghị tập huấn phòng chống lừa đảo trên không gian mạng',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    locked: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{minutes}} phút.',
    usernameRequired: 'Hãy nhập tên đăng nhập',
    passwordRequired: 'Hãy nhập mật khẩu',
    offline: 'Chưa kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  },
  account: {
    title: 'Tài khoản của tôi',
    detailsTitle: 'Thông tin tài khoản',
    fullName: 'Họ và tên',
    username: 'Tên đăng nhập',
    role: 'Vai trò',
    organization: 'Tổ chức',
    noOrganization: 'Không thuộc tổ chức nào',
    passwordTitle: 'Đổi mật khẩu',
    passwordHint:
      'Mật khẩu mới cần ít nhất 10 ký tự và khác tên đăng nhập. Sau khi đổi, các phiên đăng nhập khác của bạn sẽ kết thúc.',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    mismatch: 'Mật khẩu nhập lại không khớp',
    submit: 'Đổi mật khẩu',
    changed: 'Đã đổi mật khẩu.',
  },
};
