package vn.coordreport.web;

import java.util.Map;

/** The audit log's actions as the pages say them. */
final class AuditWording {

    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("DOWNLOAD", "Tải về"), Map.entry("IMPORT", "Nhập dữ liệu"),
            Map.entry("JOB_START", "Chạy tác vụ"), Map.entry("JOB_RESTART", "Chạy lại tác vụ"),
            Map.entry("REPORT_REQUEST", "Yêu cầu lập báo cáo"), Map.entry("LOGIN", "Đăng nhập"),
            Map.entry("LOGOUT", "Đăng xuất"), Map.entry("APPROVE", "Duyệt"), Map.entry("REJECT", "Trả lại"),
            Map.entry("SIGN", "Ký số"), Map.entry("ISSUE", "Cấp số và ban hành"), Map.entry("KEY_ADD", "Thêm khóa ký số"),
            Map.entry("KEY_LOCKED", "Tạm khóa khóa ký số (nhập sai mật khẩu)"),
            Map.entry("DELIVERY_RETRY", "Gửi lại thư"), Map.entry("USER_ADD", "Thêm người dùng"),
            Map.entry("USER_DISABLE", "Khóa tài khoản"), Map.entry("USER_ENABLE", "Mở lại tài khoản"),
            Map.entry("USER_CHANGE", "Đổi vai trò, tỉnh của người dùng"),
            Map.entry("PASSWORD_RESET", "Đặt lại mật khẩu"), Map.entry("PASSWORD_CHANGE", "Đổi mật khẩu"),
            Map.entry("TOKEN_CREATE", "Tạo mã API"), Map.entry("TOKEN_REVOKE", "Thu hồi mã API"),
            Map.entry("UNLOCK", "Mở khóa đăng nhập"), Map.entry("LOCK", "Khóa đăng nhập"));

    private AuditWording() {
    }
}
