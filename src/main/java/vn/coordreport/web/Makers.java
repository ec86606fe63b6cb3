package vn.coordreport.web;

import java.util.function.Function;

import vn.coordreport.pipeline.JobNames;

/**
 * Who made a version or took a step, as the archive page says it: the jobs and
 * the command by what they do, the văn thư's issue in Vietnamese, a person by
 * their username.
 */
final class Makers implements Function<String, String> {

    static final Makers WORDS = new Makers();

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
        return switch (who) {
            case JobNames.NIGHTLY -> "tác vụ lập bản dự thảo hằng đêm";
            case JobNames.PERIOD_CLOSE -> "tác vụ khóa sổ kỳ báo cáo";
            case "report command" -> "lệnh coordreport report";
            case "bench" -> "lệnh đo hiệu năng";
            default -> who;
        };
    }
}
