package vn.coordreport.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import vn.coordreport.files.FileNames;

/**
 * Writes synthetic coordination data as a folder of CSV files in the import
 * format: per province a Sở Ngoại vụ and two partner agencies, agreements
 * between them in effect over the whole span, records spread over the built-in
 * indicators with seasonal counts, and some results, limitations, tasks,
 * targets, commendations, conferences and recipients. Each agreement's
 * records come in date order, as a register kept over the years exports them.
 * <p>
 * Deterministic: every file draws from its own {@link SplittableRandom} seeded
 * from the seed, nothing reads the clock, and lines end with {@code \n}, so the
 * same options give byte-identical files. Records are streamed: memory does
 * not grow with their number.
 */
public final class DataGenerator {

    /** The word lists (names, places, phrases): src/tools/resources/vn/coordreport/generate/words.txt. */
    private static final Words WORDS = Words.load();

    /** The 34 provincial units since 1 July 2025: name, an abbreviation unique among them, "city" or "". */
    private static final String[][] PROVINCES = WORDS.rows("provinces", 3);

    private static final int SNGV = 0;
    private static final int BDBP = 1;
    private static final int CA = 2;
    private static final int ANY = -1;

    /** Indicator code, field, relative weight, counterpart pool (0 none, 1 countries, 2 organisations, 3 investors), preferred agency, max quantity. */
    private record Indicator(String code, String field, int weight, int pool, int agency, int maxQuantity) {
    }

    private static final Indicator[] INDICATORS = {
            new Indicator("DELEGATION_OUT", "DELEGATIONS", 40, 1, SNGV, 1),
            new Indicator("DELEGATION_IN", "DELEGATIONS", 50, 1, SNGV, 1),
            new Indicator("PHONE_TALK", "COOPERATION", 20, 1, SNGV, 1),
            new Indicator("MOU", "COOPERATION", 6, 2, SNGV, 1),
            new Indicator("INTL_AGREEMENT_PROVINCE", "AGREEMENTS", 4, 1, SNGV, 1),
            new Indicator("INTL_AGREEMENT_SECTOR", "AGREEMENTS", 5, 1, ANY, 1),
            new Indicator("INTL_CONFERENCE", "CONFERENCES", 8, 2, SNGV, 1),
            new Indicator("NGO_PROJECT", "NGO_AID", 30, 2, SNGV, 1),
            new Indicator("FDI_PROJECT", "INVESTMENT", 20, 3, SNGV, 1),
            new Indicator("DOMESTIC_INVESTMENT_PROJECT", "INVESTMENT", 10, 0, SNGV, 1),
            new Indicator("CITIZEN_PROTECTION_CASE", "CONSULAR", 25, 1, ANY, 1),
            new Indicator("FOREIGNER_VIOLATION", "FOREIGNERS", 30, 1, CA, 3),
            new Indicator("BORDER_VIOLATION", "BORDER", 60, 0, BDBP, 2),
            new Indicator("JOINT_PATROL", "BORDER", 80, 1, BDBP, 4),
            new Indicator("MARKER_INSPECTION", "BORDER", 70, 0, BDBP, 6),
            new Indicator("INFO_EXCHANGE_MEETING", "INFO_EXCHANGE", 40, 0, ANY, 1),
            new Indicator("AID_SUPPLIES", "EPIDEMIC", 10, 1, ANY, 500),
            new Indicator("RESCUE", "DISASTER", 12, 0, BDBP, 1),
            new Indicator("LEGAL_DISSEMINATION", "PROPAGANDA", 35, 0, ANY, 1),
            new Indicator("FOREIGN_PRESS_VISIT", "PRESS", 6, 1, SNGV, 1),
            new Indicator("TRAINING_COURSE", "TRAINING", 8, 0, ANY, 1),
    };

    /** Relative number of records per month: few around Tết, more in spring and autumn. */
    private static final int[] MONTH_WEIGHTS = {6, 4, 9, 10, 10, 8, 9, 9, 10, 11, 10, 9};

    private static final String[] COUNTRIES = WORDS.list("countries");

    private static final String[] ORGANISATION_KINDS = WORDS.list("organisation kinds");

    private static final String[] INVESTOR_KINDS = WORDS.list("investor kinds");
    private static final String[] INVESTOR_NAMES = WORDS.list("investor names");

    private static final String[] RESULTS = WORDS.column("results", 2, 1);
    private static final String[] RESULT_FIELDS = WORDS.column("results", 2, 0);

    private static final String[] LIMITATIONS = WORDS.column("limitations", 2, 1);
    private static final String[] LIMITATION_FIELDS = WORDS.column("limitations", 2, 0);

    private static final String[] TASKS = WORDS.column("tasks", 2, 1);
    private static final String[] TASK_FIELDS = WORDS.column("tasks", 2, 0);

    private static final String[] TOPICS = WORDS.list("topics");

    private static final String[] SURNAMES = WORDS.list("surnames");
    private static final String[] MIDDLE = WORDS.list("middle names");
    private static final String[] GIVEN = WORDS.list("given names");

    private static final String[] FILES = {"agencies.csv", "agreements.csv", "records.csv", "results.csv",
            "limitations.csv", "tasks.csv", "targets.csv", "commendations.csv", "conferences.csv", "recipients.csv"};

    private final GenerateOptions options;
    private final List<Province> provinces = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    /** "YYYY-MM-DD" for [year - firstYear][month - 1][day - 1]. */
    private final String[][][] dates;

    private record Province(String name, String abbreviation, String slug, boolean city) {

        String parent() {
            if (name.startsWith("Thành phố ")) {
                return "UBND " + name;
            }
            return (city ? "UBND thành phố " : "UBND tỉnh ") + name;
        }

        String level() {
            return city ? "thành phố" : "tỉnh";
        }

        String agency(int kind) {
            return switch (kind) {
                case SNGV -> "SNGV-" + abbreviation;
                case BDBP -> "BDBP-" + abbreviation;
                default -> "CA-" + abbreviation;
            };
        }
    }

    /** An agreement: its code (already CSV-safe), province, and the parties' kinds, SNGV first. */
    private record Agreement(String code, Province province, int[] parties) {

        boolean has(int kind) {
            for (int p : parties) {
                if (p == kind) {
                    return true;
                }
            }
            return false;
        }
    }

    private DataGenerator(GenerateOptions options) {
        this.options = options;
        for (int i = 0; i < options.provinces(); i++) {
            String[] base = PROVINCES[i % PROVINCES.length];
            int round = i / PROVINCES.length;
            String name = round == 0 ? base[0] : base[0] + " " + (round + 1);
            String abbreviation = round == 0 ? base[1] : base[1] + (round + 1);
            provinces.add(new Province(name, abbreviation, slug(name), !base[2].isEmpty()));
        }
        for (Province p : provinces) {
            for (int j = 0; j < options.agreementsPerProvince(); j++) {
                int[] parties = switch (j % 3) {
                    case 0 -> new int[] {SNGV, BDBP};
                    case 1 -> new int[] {SNGV, CA};
                    default -> new int[] {SNGV, BDBP, CA};
                };
                String partners = switch (j % 3) {
                    case 0 -> "BĐBP";
                    case 1 -> "CA";
                    default -> "BĐBP-CA";
                };
                agreements.add(new Agreement(String.format(Locale.ROOT, "%02d/QCPH-SNgV-%s-%s", j + 1, partners,
                        p.abbreviation()), p, parties));
            }
        }
        dates = new String[options.years()][12][];
        for (int y = 0; y < options.years(); y++) {
            int year = options.firstYear() + y;
            for (int m = 1; m <= 12; m++) {
                int length = YearMonth.of(year, m).lengthOfMonth();
                dates[y][m - 1] = new String[length];
                for (int d = 1; d <= length; d++) {
                    dates[y][m - 1][d - 1] = date(year, m, d);
                }
            }
        }
    }

    /** Writes the ten files into {@code folder} (created if need be) and returns them with their row counts. */
    public static List<GeneratedFile> write(GenerateOptions options, Path folder) throws IOException {
        Files.createDirectories(folder);
        DataGenerator generator = new DataGenerator(options);
        List<GeneratedFile> written = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            Path path = folder.resolve(FILES[i]);
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + i);
            long rows;
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16)) {
                rows = switch (i) {
                    case 0 -> generator.agencies(out);
                    case 1 -> generator.agreements(out, random);
                    case 2 -> generator.records(out, random);
                    case 3 -> generator.results(out, random);
                    case 4 -> generator.limitations(out, random);
                    case 5 -> generator.tasks(out, random);
                    case 6 -> generator.targets(out, random);
                    case 7 -> generator.commendations(out, random);
                    case 8 -> generator.conferences(out, random);
                    default -> generator.recipients(out);
                };
            }
            written.add(new GeneratedFile(path, rows));
        }
        return written;
    }

    private long agencies(Writer out) throws IOException {
        out.write("code,name,province,parent,signer_title,signer_name\n");
        long rows = 0;
        for (Province p : provinces) {
            line(out, p.agency(SNGV), "Sở Ngoại vụ", p.name(), p.parent(), "GIÁM ĐỐC", signer(rows));
            line(out, p.agency(BDBP), "Bộ Chỉ huy Bộ đội Biên phòng " + p.level(), p.name(), p.parent(), "CHỈ HUY TRƯỞNG",
                    signer(rows + 1));
            line(out, p.agency(CA), "Công an " + p.level(), p.name(), p.parent(), "GIÁM ĐỐC", signer(rows + 2));
            rows += 3;
        }
        return rows;
    }

    /** The name under the signer's title of the n-th agency: a final names its signer (not drawn from the seed). */
    private static String signer(long n) {
        int i = (int) n;
        return SURNAMES[i % SURNAMES.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    private long agreements(Writer out, SplittableRandom random) throws IOException {
        out.write("code,title,province,signed_on,parties,effective_from,effective_to,symbol\n");
        for (Agreement a : agreements) {
            Province p = a.province();
            StringBuilder title = new StringBuilder("Quy chế phối hợp giữa Sở Ngoại vụ");
            StringBuilder parties = new StringBuilder(p.agency(SNGV));
            for (int i = 1; i < a.parties().length; i++) {
                int kind = a.parties()[i];
                title.append(i == a.parties().length - 1 ? " và " : ", ")
                        .append(kind == BDBP ? "Bộ Chỉ huy Bộ đội Biên phòng" : "Công an");
                parties.append(';').append(p.agency(kind));
            }
            title.append(' ').append(p.level()).append(' ').append(p.name()).append(' ')
                    .append(TOPICS[random.nextInt(TOPICS.length)]);
            // signed in December before the span starts, so every generated date is in effect
            String signed = date(options.firstYear() - 1, 12, 1 + random.nextInt(28));
            line(out, a.code(), title.toString(), p.name(), signed, parties.toString(), signed, "", "SNgV");
        }
        return agreements.size();
    }

    private long records(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n");
        int[] indicatorCumulative = cumulative(INDICATORS.length, i -> INDICATORS[i].weight());
        int[] monthCumulative = cumulative(12, i -> MONTH_WEIGHTS[i]);
        String[] countries = escaped(COUNTRIES);
        String[] organisations = new String[60];
        for (int i = 0; i < organisations.length; i++) {
            organisations[i] = escape(ORGANISATION_KINDS[i % ORGANISATION_KINDS.length]
                    + (i < ORGANISATION_KINDS.length ? "" : " " + COUNTRIES[i % COUNTRIES.length]));
        }
        String[] investors = new String[120];
        for (int i = 0; i < investors.length; i++) {
            investors[i] = escape(INVESTOR_KINDS[i % INVESTOR_KINDS.length] + " " + INVESTOR_NAMES[i % INVESTOR_NAMES.length]
                    + " " + COUNTRIES[(i / INVESTOR_NAMES.length + i) % COUNTRIES.length]);
        }
        String[][] pools = {null, countries, organisations, investors};
        int count = agreements.size();
        long base = options.records() / count;
        long extra = options.records() % count;
        StringBuilder line = new StringBuilder(160);
        long rows = 0;
        for (int a = 0; a < count; a++) {
            Agreement agreement = agreements.get(a);
            String[] agencies = new String[agreement.parties().length];
            for (int i = 0; i < agencies.length; i++) {
                agencies[i] = agreement.province().agency(agreement.parties()[i]);
            }
            long n = base + (a < extra ? 1 : 0);
            int[][][] perDay = perDay(n, monthCumulative, random);
            for (int y = 0; y < dates.length; y++) {
                for (int m = 0; m < 12; m++) {
                    for (int d = 0; d < dates[y][m].length; d++) {
                        for (int k = 0; k < perDay[y][m][d]; k++) {
                            line.setLength(0);
                            record(line, agreement, dates[y][m][d], agencies, indicatorCumulative, pools, random);
                            out.append(line);
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** How many of an agreement's {@code n} records fall on each day: a year at random, a month by season, a day. */
    private int[][][] perDay(long n, int[] monthCumulative, SplittableRandom random) {
        int[][][] perDay = new int[dates.length][12][];
        for (int y = 0; y < dates.length; y++) {
            for (int m = 0; m < 12; m++) {
                perDay[y][m] = new int[dates[y][m].length];
            }
        }
        for (long r = 0; r < n; r++) {
            int[] inMonth = perDay[random.nextInt(dates.length)][pick(monthCumulative, random)];
            inMonth[random.nextInt(inMonth.length)]++;
        }
        return perDay;
    }

    /** One record of an agreement on a day, its indicator and the rest drawn at random. */
    private static void record(StringBuilder line, Agreement agreement, String date, String[] agencies,
            int[] indicatorCumulative, String[][] pools, SplittableRandom random) {
        Indicator indicator = INDICATORS[pick(indicatorCumulative, random)];
        line.append(agreement.code()).append(',').append(indicator.code()).append(',').append(date).append(',');
        line.append(indicator.maxQuantity() == 1 ? 1 : 1 + random.nextInt(indicator.maxQuantity())).append(',');
        if (indicator.code().equals("NGO_PROJECT")) {
            line.append((100 + random.nextInt(20_000)) * 1_000_000L);
        } else if (indicator.code().equals("FDI_PROJECT")) {
            line.append(random.nextLong(5_000, 20_000_000) * 1_000_000L);
        }
        line.append(',');
        if (indicator.pool() != 0) {
            String[] pool = pools[indicator.pool()];
            // a skewed draw: a few partners recur often, most now and then
            int k = random.nextInt(pool.length);
            line.append(pool[random.nextBoolean() ? k : k / 4]);
        }
        line.append(',');
        int preferred = indicator.agency();
        if (preferred != ANY && agreement.has(preferred) && random.nextInt(10) < 8) {
            line.append(agreement.province().agency(preferred));
        } else {
            line.append(agencies[random.nextInt(agencies.length)]);
        }
        line.append(',');
        if (random.nextInt(50) == 0) {
            line.append("Số liệu bổ sung");
        }
        line.append('\n');
    }

    private long results(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,field,date,text\n");
        long rows = 0;
        for (Agreement a : agreements) {
            for (int y = 0; y < options.years(); y++) {
                int n = 2 + random.nextInt(3);
                int first = random.nextInt(RESULTS.length);
                for (int i = 0; i < n; i++) {
                    int k = (first + i) % RESULTS.length;
                    line(out, a.code(), RESULT_FIELDS[k], randomDate(y, random), RESULTS[k]);
                    rows++;
                }
            }
        }
        return rows;
    }

    private long limitations(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,date,text,field,resolved_on\n");
        long rows = 0;
        for (Agreement a : agreements) {
            for (int y = 0; y < options.years(); y++) {
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int k = random.nextInt(LIMITATIONS.length);
                    int month = 1 + random.nextInt(12);
                    String date = date(options.firstYear() + y, month, 1 + random.nextInt(28));
                    String resolved = "";
                    if (y < options.years() - 1 && random.nextInt(10) < 6) {
                        int later = month + 1 + random.nextInt(12);
                        resolved = date(options.firstYear() + y + (later - 1) / 12, (later - 1) % 12 + 1, 1 + random.nextInt(28));
                    }
                    line(out, a.code(), date, LIMITATIONS[k], LIMITATION_FIELDS[k], resolved);
                    rows++;
                }
            }
        }
        return rows;
    }

    private long tasks(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,period,text,field,lead_agency,due_on,status,done_on,reference\n");
        long rows = 0;
        for (Agreement a : agreements) {
            Province p = a.province();
            for (int y = 0; y < options.years(); y++) {
                int year = options.firstYear() + y;
                boolean past = y < options.years() - 1;
                String reference = String.format(Locale.ROOT, "Quyết định số %02d/QĐ-UBND ngày %s", 1 + random.nextInt(40),
                        vietnameseDate(year, 1, 2 + random.nextInt(20)));
                int n = 2 + random.nextInt(3);
                int first = random.nextInt(TASKS.length);
                for (int i = 0; i < n; i++) {
                    int k = (first + i) % TASKS.length;
                    String lead = p.agency(a.parties()[random.nextInt(a.parties().length)]);
                    int dueMonth = 3 + random.nextInt(10);
                    String due = random.nextInt(3) == 0 ? "" : date(year, dueMonth, 1 + random.nextInt(28));
                    int roll = random.nextInt(10);
                    String status;
                    String done = "";
                    if (past) {
                        status = roll < 7 ? "DONE" : roll < 9 ? "IN_PROGRESS" : "DROPPED";
                    } else {
                        status = roll < 5 ? "PLANNED" : roll < 8 ? "IN_PROGRESS" : "DONE";
                    }
                    if (status.equals("DONE")) {
                        done = date(year, 2 + random.nextInt(11), 1 + random.nextInt(28));
                    }
                    line(out, a.code(), Integer.toString(year), TASKS[k], TASK_FIELDS[k], lead, due, status, done,
                            random.nextBoolean() ? reference : "");
                    rows++;
                }
            }
        }
        return rows;
    }

    private long targets(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,indicator,period,quantity\n");
        long rows = 0;
        for (Agreement a : agreements) {
            for (int y = 0; y < options.years(); y++) {
                String period = Integer.toString(options.firstYear() + y);
                int n = 2 + random.nextInt(3);
                int first = random.nextInt(INDICATORS.length);
                for (int i = 0; i < n; i++) {
                    Indicator indicator = INDICATORS[(first + i * 5) % INDICATORS.length];
                    line(out, a.code(), indicator.code(), period, Integer.toString(5 + random.nextInt(60)));
                    rows++;
                }
            }
        }
        return rows;
    }

    private long commendations(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,period,kind,count,recipient,award,date\n");
        long rows = 0;
        for (Agreement a : agreements) {
            for (int y = 0; y < options.years(); y++) {
                int year = options.firstYear() + y;
                String when = date(year + 1, 1, 10 + random.nextInt(15));
                String award = random.nextInt(4) == 0 ? "Bằng khen của Chủ tịch UBND " + a.province().level() : "Giấy khen";
                line(out, a.code(), Integer.toString(year), "COLLECTIVE", Integer.toString(1 + random.nextInt(4)), "",
                        award, when);
                line(out, a.code(), Integer.toString(year), "INDIVIDUAL", Integer.toString(2 + random.nextInt(7)), "",
                        award, when);
                rows += 2;
                if (random.nextInt(5) == 0) {
                    line(out, a.code(), Integer.toString(year), "INDIVIDUAL", "1", person(random), "Bằng khen", when);
                    rows++;
                }
            }
        }
        return rows;
    }

    private long conferences(Writer out, SplittableRandom random) throws IOException {
        out.write("agreement,period,date,place,chairs,name\n");
        long rows = 0;
        for (Agreement a : agreements) {
            Province p = a.province();
            String chairs = person(random) + ";" + person(random);
            for (int y = 0; y < options.years(); y++) {
                int year = options.firstYear() + y;
                String place = random.nextBoolean() ? "Trụ sở Sở Ngoại vụ"
                        : a.has(BDBP) ? "Trụ sở Bộ Chỉ huy Bộ đội Biên phòng " + p.level() : "Trụ sở Công an " + p.level();
                line(out, a.code(), year + "-H1", date(year, 6, 15 + random.nextInt(14)), place, chairs,
                        "Hội nghị sơ kết 6 tháng đầu năm " + year + " thực hiện Quy chế phối hợp");
                line(out, a.code(), Integer.toString(year), date(year + 1, 1, 10 + random.nextInt(15)), place, chairs,
                        "Hội nghị giao ban đánh giá kết quả thực hiện Quy chế phối hợp năm " + year);
                rows += 2;
            }
        }
        return rows;
    }

    private long recipients(Writer out) throws IOException {
        out.write("agreement,email,name,role,province\n");
        long rows = 0;
        for (Agreement a : agreements) {
            Province p = a.province();
            line(out, a.code(), "giamdoc.sngv@" + p.slug() + ".example.org", "Giám đốc Sở Ngoại vụ", "Lãnh đạo Sở", "");
            rows++;
            if (a.has(BDBP)) {
                line(out, a.code(), "chihuytruong.bdbp@" + p.slug() + ".example.org", "Chỉ huy trưởng BCH BĐBP " + p.level(),
                        "Lãnh đạo BCH BĐBP", "");
                rows++;
            }
            if (a.has(CA)) {
                line(out, a.code(), "giamdoc.ca@" + p.slug() + ".example.org", "Giám đốc Công an " + p.level(),
                        "Lãnh đạo Công an", "");
                rows++;
            }
        }
        for (Province p : provinces) {
            line(out, "*", "vanphong.ubnd@" + p.slug() + ".example.org", "Văn phòng " + p.parent(), "UBND " + p.level(), p.name());
            line(out, "*", "lanhdao.ubnd@" + p.slug() + ".example.org", "Lãnh đạo " + p.parent(), "UBND " + p.level(), p.name());
            rows += 2;
        }
        return rows;
    }

    private String randomDate(int yearIndex, SplittableRandom random) {
        String[] month = dates[yearIndex][random.nextInt(12)];
        return month[random.nextInt(month.length)];
    }

    private static String person(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static int pick(int[] cumulative, SplittableRandom random) {
        int x = random.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (cumulative[i] <= x) {
            i++;
        }
        return i;
    }

    private static int[] cumulative(int n, java.util.function.IntUnaryOperator weight) {
        int[] c = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight.applyAsInt(i);
            c[i] = sum;
        }
        return c;
    }

    private static void line(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells[i]));
        }
        out.write('\n');
    }

    private static String[] escaped(String[] values) {
        String[] e = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            e[i] = escape(values[i]);
        }
        return e;
    }

    /** RFC 4180: a cell with a comma (the files' separator), a quote or a line break is quoted, its quotes doubled. */
    static String escape(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }

    private static String date(int year, int month, int day) {
        char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
                (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }

    private static String vietnameseDate(int year, int month, int day) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year);
    }

    /** "Quảng Trị" -> "quangtri", for example e-mail domains. */
    static String slug(String name) {
        return FileNames.slug(name).toLowerCase(Locale.ROOT).replace("-", "");
    }
}
