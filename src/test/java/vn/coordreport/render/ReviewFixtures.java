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
import vn.coordreport.review.Review.Assessment;
import vn.coordreport.review.Review.AssessmentKind;
import vn.coordreport.review.Review.TermYear;
import vn.coordreport.period.DateRange;
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
            "GIÁM ĐỐC", "Nguyễn Triều Thương", "state", "QLBG");
    static final Agency BDBP = new Agency("BDBP-QT", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quảng Trị",
            "Bộ Tư lệnh Bộ đội Biên phòng", "CHỈ HUY TRƯỞNG", "Lê Văn Phương");
    /** A Party committee (Hướng dẫn 36-HD/VPTW), as in a Quảng Ninh review: its system follows from its name. */
    static final Agency PARTY = new Agency("DU-BDBP-QNI", "Đảng ủy Bộ đội Biên phòng tỉnh", "Quảng Ninh",
            "Đảng bộ tỉnh Quảng Ninh", "BÍ THƯ", "Nguyễn Văn Hùng");

    /** The built-in phrases (sql/V105, AID_SUPPLIES's of V127) of the indicators the fixtures use. */
    static final java.util.Map<String, String> PHRASES = java.util.Map.of(
            "BORDER_VIOLATION", "Phát hiện {quantity} {unit} vi phạm quy chế, hiệp định về biên giới[ liên quan đến {counterparts} đối tượng]",
            "JOINT_PATROL", "Phối hợp tổ chức {quantity} {unit} tuần tra song phương[ với {counterparts} đơn vị bảo vệ biên giới nước bạn]",
            "MARKER_INSPECTION", "Tổ chức {quantity} {unit} kiểm tra đường biên, mốc quốc giới[ cùng {counterparts} đơn vị nước bạn]",
            "DELEGATION_OUT", "Tổ chức {quantity} {unit} cán bộ đi công tác nước ngoài[, làm việc với {counterparts} đối tác]",
            "NGO_PROJECT", "Vận động {quantity} chương trình, {unit} viện trợ phi chính phủ nước ngoài[ của {counterparts} tổ chức][, tổng giá trị cam kết {amount}]",
            "CITIZEN_PROTECTION_CASE", "Giải quyết {quantity} {unit} bảo hộ công dân[ liên quan đến {counterparts} quốc gia, vùng lãnh thổ]",
            "AID_SUPPLIES", "Trao tặng {quantity} {unit} vật tư, hàng hóa hỗ trợ[ ({note})][ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]",
            "INFO_EXCHANGE_MEETING", "Tổ chức {quantity} {unit} giao ban, trao đổi thông tin[ với {counterparts} đối tác]");
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
                                BigDecimal.valueOf(77), List.of(new AgencyShare("SNGV-QT", "Sở Ngoại vụ", BigDecimal.valueOf(77))),
                                5, PHRASES.get("NGO_PROJECT"), List.of()),
                        indicator("CITIZEN_PROTECTION_CASE", "Vụ việc bảo hộ công dân được giải quyết", "CONSULAR",
                                "Công tác lãnh sự, bảo hộ công dân", "vụ việc", 3, 0, null, 3),
                        new IndicatorFigure("AID_SUPPLIES", "Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài",
                                "EPIDEMIC", "Phòng, chống dịch bệnh", "đơn vị", 5, BigDecimal.valueOf(54288),
                                850_000_000L, 2, BigDecimal.ZERO, null, 0, null, new BigDecimal("54288"), List.of(), 0,
                                PHRASES.get("AID_SUPPLIES"), List.of()),
                        indicator("INFO_EXCHANGE_MEETING", "Cuộc giao ban, trao đổi thông tin", "INFO_EXCHANGE",
                                "Giao ban, trao đổi thông tin", "cuộc", 12, 12, 12, 12)),
                List.of(
                        new Limitation("Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời.",
                                "Giao ban, trao đổi thông tin", LocalDate.of(2021, 7, 12), null, LimitationState.NEW,
                                "Đầu mối trao đổi thông tin của hai cơ quan chưa được phân công cụ thể."),
                        new Limitation("Công tác quản lý người nước ngoài tạm trú tại khu vực biên giới còn gặp nhiều khó khăn.",
                                "Quản lý người nước ngoài, hoạt động có yếu tố nước ngoài", LocalDate.of(2020, 9, 3), null,
                                LimitationState.CARRIED_OVER, "Địa bàn biên giới rộng, lực lượng mỏng."),
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
                        new Recipient("Văn phòng UBND tỉnh", "vanphong.ubnd@quangtri.example.org", "UBND tỉnh")),
                List.of(),
                List.of(
                        new Assessment(AssessmentKind.LEADERSHIP, "Lãnh đạo hai cơ quan đã chỉ đạo các phòng, ban chuyên "
                                + "môn, các lực lượng chức năng tích cực, chủ động triển khai các nội dung đã ký kết."),
                        new Assessment(AssessmentKind.DIRECTION, "Hai bên tăng cường hơn nữa mối quan hệ phối hợp, chia "
                                + "sẻ thông tin kịp thời nhằm giải quyết các vấn đề phát sinh trên tuyến biên giới.")),
                List.of());
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
     * A term review (2016 - 2023) led by the border guard (a long agency name in the header) with twenty
     * indicators, so that the indicator table runs over a page break; each figure given year by year.
     */
    static Review termReviewWithManyIndicators() {
        Review rich = rich();
        AgreementInfo agreement = new AgreementInfo(AGREEMENT.code(), AGREEMENT.title(), AGREEMENT.province(),
                LocalDate.of(2016, 6, 25), LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25), "BĐBP",
                List.of(BDBP, SNGV), null);
        Period period = Period.range(LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25));
        List<TermYear> years = new java.util.ArrayList<>();
        for (int year = 2016; year <= 2023; year++) {
            DateRange whole = Period.year(year).range(PeriodCalendar.DECREE_09);
            years.add(new TermYear(year, new DateRange(year == 2016 ? period.rangeFrom() : whole.from(),
                    year == 2023 ? period.rangeTo() : whole.to())));
        }
        List<IndicatorFigure> indicators = new java.util.ArrayList<>();
        for (IndicatorFigure f : rich.indicators()) {
            indicators.add(f.withYears(split(f.quantity().longValue(), years.size())));
        }
        for (int i = 1; i <= 12; i++) {
            IndicatorFigure extra = indicator("EXTRA_" + i, "Chỉ tiêu bổ sung số " + i + " về hợp tác với các địa phương nước ngoài",
                    "COOPERATION", "Hợp tác với các địa phương nước ngoài", "cuộc", 8L * i, 2L * i + 1, null, 8L * i);
            indicators.add(extra.withYears(split(8L * i, years.size())));
        }
        return new Review(agreement, period, PeriodCalendar.DECREE_09, period.range(PeriodCalendar.DECREE_09),
                period.previousComparable(), period.previousComparable().range(PeriodCalendar.DECREE_09),
                rich.results(), indicators, rich.limitations(), rich.tasks(), rich.nextTasks(), rich.commendations(),
                null, rich.recipients(), List.of(), rich.assessments(), years);
    }

    /**
     * The term review of {@link #termReviewWithManyIndicators} whose first indicator counts 1.500.000 in 2017 and
     * 1.500.005 in all: wider than a year's column of 30 points ("1.500." over "000" before its columns were fitted).
     */
    static Review termReviewWithALargeFigure() {
        Review r = termReviewWithManyIndicators();
        List<IndicatorFigure> indicators = new java.util.ArrayList<>(r.indicators());
        IndicatorFigure first = indicators.get(0);
        List<BigDecimal> years = new java.util.ArrayList<>(java.util.Collections.nCopies(first.byYear().size(), BigDecimal.ZERO));
        years.set(0, BigDecimal.valueOf(5));
        years.set(1, BigDecimal.valueOf(1_500_000));
        indicators.set(0, new IndicatorFigure(first.code(), first.name(), first.fieldCode(), first.fieldName(),
                first.unit(), first.records(), BigDecimal.valueOf(1_500_005), first.amountVnd(), first.counterparts(),
                first.previousQuantity(), first.previousAmountVnd(), first.previousCounterparts(), first.target(),
                first.totalSinceEffective(), first.byAgency(), first.previousRecords(), first.phrase(), years,
                first.yearDetails(), first.note()));
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                r.results(), indicators, r.limitations(), r.tasks(), r.nextTasks(), r.commendations(), r.conference(),
                r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    /** A total spread over years: the first years take one more where it does not divide evenly. */
    private static List<BigDecimal> split(long total, int years) {
        List<BigDecimal> parts = new java.util.ArrayList<>();
        for (int i = 0; i < years; i++) {
            parts.add(BigDecimal.valueOf(total / years + (i < total % years ? 1 : 0)));
        }
        return parts;
    }

    /** The rich review of a regulation in effect since 2016: the year before is compared in full. */
    static Review compared() {
        return withAgreement(rich(), agreementFrom(LocalDate.of(2016, 4, 12), List.of(SNGV, BDBP)));
    }

    /** The rich review of a regulation in effect since 1 March 2020: the year before is covered only in part. */
    static Review partlyCompared() {
        return withAgreement(rich(), agreementFrom(LocalDate.of(2020, 3, 1), List.of(SNGV, BDBP)));
    }

    /** The rich review as a Party committee's report (Hướng dẫn 36-HD/VPTW). */
    static Review party() {
        AgreementInfo agreement = new AgreementInfo("03-QC/ĐU", "Quy chế phối hợp giữa Đảng ủy Bộ đội Biên phòng tỉnh "
                + "và Sở Ngoại vụ tỉnh Quảng Ninh", "Quảng Ninh", LocalDate.of(2015, 3, 9), LocalDate.of(2015, 3, 9),
                null, "ĐU", List.of(PARTY, SNGV), null);
        return withAgreement(rich(), agreement);
    }

    /**
     * A Party committee's 2017 report of a regulation in effect since 09/03/2016 (so its table's heads run to four
     * lines), whose one indicator, joint patrols, has a row of partners under it; the situation told in these
     * paragraphs, which move the table down page 1.
     */
    static Review partyPatrol(List<String> situation) {
        AgreementInfo agreement = new AgreementInfo("03-QC/ĐU", "Quy chế phối hợp giữa Đảng ủy Bộ đội Biên phòng tỉnh "
                + "và Sở Ngoại vụ tỉnh Quảng Ninh", "Quảng Ninh", LocalDate.of(2016, 3, 9), LocalDate.of(2016, 3, 9),
                null, "ĐU", List.of(PARTY, SNGV), null);
        IndicatorFigure patrol = new IndicatorFigure("JOINT_PATROL", "Tuần tra song phương", "BORDER",
                "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "lượt", 15, BigDecimal.valueOf(15), null, 2,
                BigDecimal.valueOf(9), null, 1, null, BigDecimal.valueOf(24), List.of(), 9, PHRASES.get("JOINT_PATROL"),
                List.of());
        Period period = Period.year(2017);
        PeriodCalendar calendar = PeriodCalendar.DECREE_09;
        return new Review(agreement, period, calendar, period.range(calendar), period.previousComparable(),
                period.previousComparable().range(calendar), List.of(), List.of(patrol), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(),
                situation.stream().map(text -> new Assessment(AssessmentKind.SITUATION, text)).toList(), List.of());
    }

    /**
     * Situations of {@code paragraphs} paragraphs, the first {@code words} phrases long, the others ten: among them
     * those that bring {@link #partyPatrol}'s table to the foot of page 1, its indicator's row on it and no more.
     */
    static List<List<String>> situationsMovingTheTableDownPageOne() {
        List<List<String>> situations = new java.util.ArrayList<>();
        for (int paragraphs = 2; paragraphs <= 5; paragraphs++) {
            for (int words = 0; words < 60; words += 3) {
                List<String> situation = new java.util.ArrayList<>();
                for (int p = 0; p < paragraphs; p++) {
                    situation.add("Tình hình biên giới ổn định" + " tiếp tục giữ vững".repeat(p == 0 ? words : 10) + ".");
                }
                situations.add(situation);
            }
        }
        return situations;
    }

    static AgreementInfo agreementFrom(LocalDate from, List<Agency> parties) {
        return new AgreementInfo(AGREEMENT.code(), AGREEMENT.title(), AGREEMENT.province(), from, from, null,
                AGREEMENT.symbol(), parties, null);
    }

    static Review withAgreement(Review r, AgreementInfo agreement) {
        return new Review(agreement, r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(), r.results(),
                r.indicators(), r.limitations(), r.tasks(), r.nextTasks(), r.commendations(), r.conference(),
                r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    static Review withAssessments(Review r, List<Assessment> assessments) {
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                r.results(), r.indicators(), r.limitations(), r.tasks(), r.nextTasks(), r.commendations(),
                r.conference(), r.recipients(), r.fieldOrder(), assessments, r.termYears());
    }

    static Review withIndicators(Review r, List<IndicatorFigure> indicators) {
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                r.results(), indicators, r.limitations(), r.tasks(), r.nextTasks(), r.commendations(),
                r.conference(), r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    static Review withResults(Review r, List<Result> results) {
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                results, r.indicators(), r.limitations(), r.tasks(), r.nextTasks(), r.commendations(),
                r.conference(), r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    static Review withTasks(Review r, List<Review.Task> tasks, List<Review.Task> nextTasks) {
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                r.results(), r.indicators(), r.limitations(), tasks, nextTasks, r.commendations(),
                r.conference(), r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    static Result result(String fieldCode, String fieldName, String text) {
        return new Result(fieldCode, fieldName, LocalDate.of(2021, 10, 20), text);
    }

    static IndicatorFigure indicator(String code, String name, String fieldCode, String fieldName, String unit,
            long quantity, long previous, Integer target, long total) {
        return new IndicatorFigure(code, name, fieldCode, fieldName, unit, quantity, BigDecimal.valueOf(quantity), null, 0,
                BigDecimal.valueOf(previous), null, 0, target == null ? null : BigDecimal.valueOf(target),
                BigDecimal.valueOf(total), List.of(), previous, PHRASES.get(code), List.of());
    }

    private static Task task(String period, String text, Agency lead, TaskStatus status, LocalDate doneOn, String reference) {
        return new Task(period, text, null, lead.name(), null, status, doneOn, reference);
    }
}
