package vn.coordreport.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.coordreport.review.Review.Agency;

/**
 * The chairs of a conference named with their titles: {@code đồng chí Nguyễn
 * Triều Thương, Giám đốc Sở Ngoại vụ và đồng chí Lê Văn Phương, Chỉ huy trưởng
 * Bộ Chỉ huy Bộ đội Biên phòng tỉnh}. A chair who signs for one of the parties
 * takes that party's signer title; a chair written with a title already
 * ({@code Dương Xuân Huyên, Phó Chủ tịch UBND tỉnh}) is kept as written.
 */
final class Chairs {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Chairs() {
    }

    static String of(List<String> chairs, List<Agency> parties) {
        List<String> named = new ArrayList<>();
        boolean titled = false;
        for (String chair : ReportBody.list(chairs)) {
            if (ReportBody.blank(chair)) {
                continue;
            }
            String withTitle = withTitle(chair.strip(), parties);
            titled |= withTitle.contains(",");
            named.add("đồng chí " + withTitle);
        }
        if (named.size() < 2) {
            return named.isEmpty() ? "" : named.get(0);
        }
        String separator = titled ? "; " : ", ";
        return String.join(separator, named.subList(0, named.size() - 1)) + " và " + named.get(named.size() - 1);
    }

    /** The chair's title where a party's signer is that chair. */
    static String withTitle(String chair, List<Agency> parties) {
        if (chair.contains(",")) {
            return chair;
        }
        for (Agency party : ReportBody.list(parties)) {
            if (!ReportBody.blank(party.signerName()) && same(party.signerName(), chair)
                    && !ReportBody.blank(party.signerTitle())) {
                return chair + ", " + title(party.signerTitle()) + " " + party.name().strip();
            }
        }
        return chair;
    }

    /** {@code GIÁM ĐỐC} → {@code Giám đốc}; {@code KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC} → {@code Phó Giám đốc}. */
    static String title(String signerTitle) {
        String[] lines = signerTitle.strip().split("\\R");
        String last = lines[lines.length - 1].strip().toLowerCase(VIETNAMESE);
        String title = ReportWording.capitalized(last);
        if (title.startsWith("Phó ") && title.length() > 4) {
            title = "Phó " + ReportWording.capitalized(title.substring(4));
        }
        return title;
    }

    private static boolean same(String a, String b) {
        return Normalizer.normalize(a.strip(), Normalizer.Form.NFC)
                .equalsIgnoreCase(Normalizer.normalize(b.strip(), Normalizer.Form.NFC));
    }
}
