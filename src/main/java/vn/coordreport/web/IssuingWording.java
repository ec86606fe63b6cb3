package vn.coordreport.web;

import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.IssuingRefusal;

/** Why a step was refused, as the page says it: in Vietnamese, by what went wrong. */
final class IssuingWording {

    private IssuingWording() {
    }

    static String refusal(IssuingRefusal e, FinalDocument finalOrNull) {
        String state = finalOrNull == null ? "" : " (báo cáo đang ở bước: " + finalOrNull.state().label().toLowerCase() + ")";
        return switch (e.problem()) {
            case UNKNOWN -> "Không có bản chính thức này.";
            case USER -> "Tài khoản của bạn không dùng được cho bước này.";
            case ROLE -> "Bạn không có vai trò thực hiện bước này: trưởng phòng duyệt, lãnh đạo ký, văn thư ban hành.";
            case PROVINCE -> "Báo cáo này thuộc tỉnh khác; bạn chỉ xử lý báo cáo của tỉnh mình.";
            case STATE -> "Không thể thực hiện bước này lúc này" + state
                    + ". Thứ tự là: duyệt, rồi ký số, rồi cấp số và ban hành.";
            case SUPERSEDED -> "Đã có bản chính thức mới hơn của báo cáo này; chỉ bản mới nhất được xử lý tiếp.";
            case COMMENT -> "Khi trả lại, hãy ghi rõ lý do để đơn vị soạn thảo sửa.";
            case NOTHING -> "Không có báo cáo nào được chọn.";
            case NO_KEY -> "Chưa có khóa ký số để dùng cho bước này. Quản trị viên đăng ký khóa bằng lệnh "
                    + "“coordreport keys add”.";
            case PASSWORD -> "Mật khẩu hoặc mã PIN của khóa ký số không đúng. Không có gì thay đổi.";
            case KEY -> "Khóa ký số không dùng được (chứng thư số hết hạn hoặc khóa bị hỏng).";
            case NO_SIGNER -> "Báo cáo chưa ghi họ tên người ký nên không ký được. Bổ sung họ tên người ký của cơ quan "
                    + "rồi lập lại bản chính thức.";
            case UNSIGNABLE -> "Văn bản không có chỗ trống cho số, ngày tháng hoặc không ghi họ tên người ký dưới chức "
                    + "vụ; hãy lập lại bản chính thức.";
            case EMPTY -> "Báo cáo không có số liệu, nội dung nào của kỳ báo cáo. Chỉ ban hành khi đã đánh dấu xác nhận.";
        };
    }
}
