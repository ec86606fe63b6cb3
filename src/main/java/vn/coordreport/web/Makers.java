package vn.coordreport.web;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.coordreport.pipeline.JobNames;

/**
 * Who made a version or took a step, as the archive page says it: the jobs and
 * the command by what they do, the văn thư's issue and a report request in
 * Vietnamese, a person by their username.
 */
final class Makers implements Function<String, String> {

    static final Makers WORDS = new Makers();

    /** A version made for a report request (ReportRequests): {@code request #12 by lan}. */
    private static final Pattern REQUEST = Pattern.compile("request #(\\d+) by (.+)");

    private Makers() {
    }

    @Override
    public String apply(String who) {
        if (who == null) {
            return "—";
        }
        if (who.startsWith("issued by ")) {
            return "văn thư " + who.substring("issued by ".length()) + " ban hành";
        }
        Matcher request = REQUEST.matcher(who);
        if (request.matches()) {
            return "yêu cầu #" + request.group(1) + " của " + request.group(2);
        }
        return switch (who) {
            case JobNames.NIGHTLY -> "tác vụ lập bản dự thảo hằng đêm";
            case JobNames.PERIOD_CLOSE -> "tác vụ chốt kỳ báo cáo";
            case "report command" -> "lệnh coordreport report";
            case "bench" -> "lệnh đo hiệu năng";
            default -> who;
        };
    }
}
