/**
 * What google.script.run's failures mean to a person. Signed in to several Google accounts at once,
 * Apps Script runs the page as one account and the server as another, and the call fails with an
 * English authorisation or permission error (a known host limit with no fix on our side); a dropped
 * connection fails the same way. Our own errors are already Vietnamese and pass through unchanged.
 */
const SEVERAL_ACCOUNTS =
  /PERMISSION_DENIED|authori[sz]ation is required|not authori[sz]ed|do not have permission|ScriptError|access denied/i;
const NETWORK = /NetworkError|network error|Failed to fetch|connection/i;

export function hostErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (SEVERAL_ACCOUNTS.test(text))
    return (
      'Google không cho lệnh chạy với tài khoản này. Thường là do trình duyệt đang đăng nhập nhiều tài ' +
      'khoản Google cùng lúc: mở bảng tính trong cửa sổ ẩn danh (chỉ đăng nhập tài khoản được chia sẻ bảng ' +
      'tính), hoặc đăng xuất các tài khoản khác, rồi tải lại trang. Nếu vẫn lỗi, nhờ chủ bảng tính kiểm tra ' +
      'quyền chỉnh sửa của bạn.'
    );
  if (NETWORK.test(text)) return 'Mất kết nối tới Google; kiểm tra mạng rồi bấm “Làm mới”.';
  return text || 'Không thực hiện được; vui lòng thử lại.';
}
