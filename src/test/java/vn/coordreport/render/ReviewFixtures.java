package vn.coordreport.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Agency;
import vn.coordreport.review.Review.AgencyShare;
import vn.coordreport.review.Review.AgreementInfo;
import vn.coordreport.review.Review.Commendation;
import vn.coordreport.review.Review.CommendationKind;
import vn.coordreport.review.Review.Conference;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.review.Review.Limitation;
import vn.coordreport.review.Review.LimitationState;
import vn.coordreport.review.Review.Recipient;
import vn.coordreport.review.Review.Result;
import vn.coordreport.review.Review.Task;
import vn.coordreport.review.Review.TaskStatus;

/** Reviews built by hand, modelled on the Quảng Trị 2021 annual review (samples/quang-tri-2021). */
final class ReviewFixtures {

    static final Agency SNGV = new Agency("SNGV-QT", "Sở Ngoại vụ", "Quảng Trị", "UBND tỉnh Quảng Trị",
            "GIÁM ĐỐC", "Nguyễn Triều Thương");
    static final Agency BDBP = new Agency("BDBP-QT", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quảng Trị",
            "Bộ Tư lệnh Bộ đội Biên phòng", "CHỈ HUY TRƯỞNG", null);
    static final AgreementInfo AGREEMENT = new AgreementInfo("09/QCPH/SNgV-BP",
            "Quy chế phối hợp giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Quảng Trị",
            LocalDate.of(2021, 2, 23), LocalDate.of(2021, 2, 23), null, "SNgV", List.of(SNGV, BDBP));
    static final LocalDate CONFERENCE_DAY = LocalDate.of(2022, 1, 18);

    private ReviewFixtures() {
    }

    /** Everything a report can say: results, eight indicators, limitations in all three states, tasks in every status. */
    static Review rich() {
        Period period = Period.year(2021);
        PeriodCalendar calendar = PeriodCalendar.DECREE_09;
        return new Review(AGREEMENT, period, calendar, period.range(calendar),
                period.previousComparable(), period.previousComparable().range(calendar),
                List.of(
                        result("BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới",
                                "Thực hiện tốt công tác quản lý và bảo vệ đường biên giới, mốc quốc giới; phối hợp "
                                        + "tuần tra song phương, kiểm tra đường biên, mốc quốc giới theo đúng kế hoạch."),
                        result("FOREIGNERS", "Quản lý người nước ngoài, hoạt động có yếu tố nước ngoài",
                                "Theo dõi, phối hợp quản lý các dự án hợp tác quốc tế trên khu vực biên giới và các hoạt "
                                        + "động khác có yếu tố nước ngoài trong khu vực biên giới, biển, đảo."),
                        result("EPIDEMIC", "Phòng, chống dịch bệnh",
                                "Hai cơ quan phối hợp chặt chẽ, đạt nhiều kết quả tích cực trong công tác phòng, chống "
                                        + "dịch Covid-19 trên tuyến biên giới; hỗ trợ vật tư y tế cho lực lượng chức năng "
                                        + "tỉnh Savannakhet và tỉnh Salavan (nước CHDCND Lào)."),
                        result("DISASTER", "Phòng, chống thiên tai, cứu hộ, cứu nạn",
                                "Phối hợp phòng, chống và khắc phục hậu quả thiên tai, hỗ trợ Nhân dân khu vực biên giới."),
                        result("ADVISORY", "Tham mưu lãnh đạo tỉnh về công tác đối ngoại",
                                "Phối hợp tham mưu Lãnh đạo tỉnh các nội dung liên quan đến công tác đối ngoại gắn liền "
                                        + "với nhiệm vụ bảo vệ chủ quyền an ninh biên giới, biển và hải đảo.")),
                List.of(
                        indicator("BORDER_VIOLATION", "Vụ vi phạm quy chế, hiệp định về biên giới được phát hiện",
                                "BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "vụ", 17, 21, null, 17),
                        indicator("JOINT_PATROL", "Tuần tra song phương", "BORDER",
                                "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 26, 22, 30, 26),
                        indicator("MARKER_INSPECTION", "Kiểm tra đường biên, mốc quốc giới", "BORDER",
                                "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 45, 40, 40, 45),
                        indicator("DELEGATION_OUT", "Đoàn ra (đoàn cán bộ đi công tác nước ngoài)", "DELEGATIONS",
                                "Quản lý đoàn ra, đoàn vào", "đoàn", 12, 10, null, 12),
                        new IndicatorFigure("NGO_PROJECT", "Chương trình, dự án viện trợ phi chính phủ nước ngoài",
                                "NGO_AID", "Viện trợ phi chính phủ nước ngoài", "dự án", 77, BigDecimal.valueOf(77),
                                400_000_000_000L, 46, BigDecimal.valueOf(70), 350_500_000_000L, 41, null,
                                BigDecimal.valueOf(77), List.of(new AgencyShare("SNGV-QT", "Sở Ngoại vụ", BigDecimal.valueOf(77)))),
                        indicator("CITIZEN_PROTECTION_CASE", "Vụ việc bảo hộ công dân được giải quyết", "CONSULAR",
                                "Công tác lãnh sự, bảo hộ công dân", "vụ việc", 3, 0, null, 3),
                        new IndicatorFigure("AID_SUPPLIES", "Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài",
                                "EPIDEMIC", "Phòng, chống dịch bệnh", "đơn vị", 5, BigDecimal.valueOf(54288),
                                850_000_000L, 2, BigDecimal.ZERO, null, 0, null, new BigDecimal("54288"), List.of()),
                        indicator("INFO_EXCHANGE_MEETING", "Cuộc giao ban, trao đổi thông tin", "INFO_EXCHANGE",
                                "Giao ban, trao đổi thông tin", "cuộc", 12, 12, 12, 12)),
                List.of(
                        new Limitation("Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời.",
                                "Giao ban, trao đổi thông tin", LocalDate.of(2021, 7, 12), null, LimitationState.NEW),
                        new Limitation("Công tác quản lý người nước ngoài tạm trú tại khu vực biên giới còn gặp nhiều khó khăn.",
                                "Quản lý người nước ngoài, hoạt động có yếu tố nước ngoài", LocalDate.of(2020, 9, 3), null,
                                LimitationState.CARRIED_OVER),
                        new Limitation("Tình trạng xuất nhập cảnh trái phép qua đường mòn, lối mở chưa được ngăn chặn triệt để.",
                                "Cửa khẩu, xuất nhập cảnh", LocalDate.of(2020, 4, 2), LocalDate.of(2021, 11, 20),
                                LimitationState.RESOLVED)),
                List.of(
                        task("2021", "Xây dựng kế hoạch tuần tra song phương năm 2021 với lực lượng bảo vệ biên giới tỉnh Savannakhet.",
                                SNGV, TaskStatus.DONE, LocalDate.of(2021, 3, 15), null),
                        task("2021", "Rà soát, cập nhật danh sách các dự án phi chính phủ nước ngoài triển khai tại các xã biên giới.",
                                BDBP, TaskStatus.IN_PROGRESS, null, null),
                        task("2021", "Tổ chức lớp bồi dưỡng kiến thức đối ngoại cho cán bộ đồn biên phòng.",
                                SNGV, TaskStatus.PLANNED, null, null),
                        task("2021", "Tổ chức đoàn khảo sát tuyến biên giới chung với tỉnh Salavan.",
                                BDBP, TaskStatus.DROPPED, null, null)),
                List.of(
                        task("2022", "Tăng cường hơn nữa mối quan hệ phối hợp, chia sẻ thông tin kịp thời nhằm giải quyết "
                                + "các vấn đề phát sinh trên tuyến biên giới.", SNGV, TaskStatus.PLANNED, null,
                                "Quyết định số 01/QĐ-UBND ngày 02/01/2022"),
                        task("2022", "Phối hợp tham mưu Lãnh đạo tỉnh công tác đối ngoại gắn với bảo vệ chủ quyền an ninh "
                                + "biên giới, biển, đảo trong tình hình mới.", BDBP, TaskStatus.PLANNED, null,
                                "Kế hoạch số 15/KH-UBND ngày 10/01/2022")),
                List.of(
                        new Commendation(CommendationKind.COLLECTIVE, 2, null, "Giấy khen", CONFERENCE_DAY),
                        new Commendation(CommendationKind.INDIVIDUAL, 6, null, "Giấy khen", CONFERENCE_DAY)),
                new Conference("Hội nghị giao ban đánh giá kết quả thực hiện Quy chế phối hợp năm 2021", CONFERENCE_DAY,
                        "trụ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh", List.of("Nguyễn Triều Thương", "Lê Văn Phương")),
                List.of(
                        new Recipient("Giám đốc Sở Ngoại vụ", "giamdoc.sngv@quangtri.example.org", "Lãnh đạo Sở"),
                        new Recipient("Chỉ huy trưởng BCH BĐBP tỉnh", "chihuytruong.bdbp@quangtri.example.org", "Lãnh đạo BCH BĐBP"),
                        new Recipient("Văn phòng UBND tỉnh", "vanphong.ubnd@quangtri.example.org", "UBND tỉnh")));
    }

    /** A period with no data at all: every section must still say something. */
    static Review empty() {
        Period period = Period.half(2021, 1);
        PeriodCalendar calendar = PeriodCalendar.DECREE_09;
        return new Review(AGREEMENT, period, calendar, period.range(calendar), period.previousComparable(),
                period.previousComparable().range(calendar), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    /**
     * A term review led by the border guard (a long agency name in the header) with twenty
     * indicators, so that the indicator table runs over a page break.
     */
    static Review termReviewWithManyIndicators() {
        Review rich = rich();
        AgreementInfo agreement = new AgreementInfo(AGREEMENT.code(), AGREEMENT.title(), AGREEMENT.province(),
                AGREEMENT.signedOn(), AGREEMENT.effectiveFrom(), LocalDate.of(2023, 10, 25), "BĐBP",
                List.of(BDBP, SNGV));
        List<IndicatorFigure> indicators = new java.util.ArrayList<>(rich.indicators());
        for (int i = 1; i <= 12; i++) {
            indicators.add(indicator("EXTRA_" + i, "Chỉ tiêu bổ sung số " + i + " về hợp tác với các địa phương nước ngoài",
                    "COOPERATION", "Hợp tác với các địa phương nước ngoài", "cuộc", 3L * i, 2L * i + 1, null, 10L * i));
        }
        Period period = Period.range(LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25));
        return new Review(agreement, period, PeriodCalendar.DECREE_09, period.range(PeriodCalendar.DECREE_09),
                period.previousComparable(), period.previousComparable().range(PeriodCalendar.DECREE_09),
                rich.results(), indicators, rich.limitations(), rich.tasks(), rich.nextTasks(), rich.commendations(),
                null, rich.recipients());
    }

    private static Result result(String fieldCode, String fieldName, String text) {
        return new Result(fieldCode, fieldName, LocalDate.of(2021, 10, 20), text);
    }

    private static IndicatorFigure indicator(String code, String name, String fieldCode, String fieldName, String unit,
            long quantity, long previous, Integer target, long total) {
        return new IndicatorFigure(code, name, fieldCode, fieldName, unit, quantity, BigDecimal.valueOf(quantity), null, 0,
                BigDecimal.valueOf(previous), null, 0, target == null ? null : BigDecimal.valueOf(target),
                BigDecimal.valueOf(total), List.of());
    }

    private static Task task(String period, String text, Agency lead, TaskStatus status, LocalDate doneOn, String reference) {
        return new Task(period, text, null, lead.name(), null, status, doneOn, reference);
    }
}
