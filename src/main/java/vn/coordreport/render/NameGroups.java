package vn.coordreport.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's name in capitals as its groups of words, where a clerk breaks it over the header's lines: what the
 * agency is ({@code BỘ TƯ LỆNH}, {@code ỦY BAN NHÂN DÂN}, {@code ĐẢNG ỦY}), whose ({@code BỘ ĐỘI BIÊN PHÒNG}), where
 * ({@code TỈNH LẠNG SƠN}). A word of two syllables ({@code BỘ ĐỘI}, {@code BIÊN PHÒNG}), the agency's kind, the place
 * with its name and a final {@code TỈNH} with the word before it are each kept on one line; a break between the
 * groups is a natural one, after the agency's kind, before {@code BỘ ĐỘI} or before the place.
 */
final class NameGroups {

    /** Words of two syllables in agencies' names: a line never ends inside one. */
    private static final List<String> WORDS = List.of("BỘ ĐỘI", "BIÊN PHÒNG", "BIÊN GIỚI", "TƯ LỆNH", "CHỈ HUY",
            "NHÂN DÂN", "ỦY BAN", "UỶ BAN", "NGOẠI VỤ", "NGOẠI GIAO", "CÔNG AN", "QUÂN SỰ", "QUÂN KHU", "HẢI QUAN",
            "CẢNH SÁT", "THƯỜNG VỤ", "CHẤP HÀNH", "VĂN PHÒNG", "THÀNH PHỐ", "THỊ XÃ", "ĐẶC KHU", "CHÍNH PHỦ",
            "XÃ HỘI", "LAO ĐỘNG", "THƯƠNG BINH");
    /** What an agency is, said before whose it is: a natural break follows it. */
    private static final List<String> KINDS = List.of("BỘ TƯ LỆNH", "BỘ CHỈ HUY", "BAN CHỈ HUY", "ỦY BAN NHÂN DÂN",
            "UỶ BAN NHÂN DÂN", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH");
    /** Where: with the name after it, a group of its own; a natural break comes before it. */
    private static final List<String> PLACES = List.of("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ",
            "PHƯỜNG", "ĐẶC KHU");
    /** The armed forces' and the Party's body named after the kind: {@code BỘ ĐỘI BIÊN PHÒNG}. */
    private static final String FORCE = "BỘ ĐỘI";

    /** The groups of a name, each never broken, and whether a break between two of them is natural. */
    record Groups(List<String> groups, List<Boolean> natural) {
    }

    private NameGroups() {
    }

    /** {@code text}'s groups; words already bound by no-break spaces (a province) stay bound. */
    static Groups of(String text) {
        String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        List<String> syllables = new ArrayList<>();
        List<Boolean> bound = new ArrayList<>(); // bound.get(i): syllables i and i + 1 stay on one line
        for (String word : nfc.split(" +")) {
            String[] parts = word.split(String.valueOf(ReportWording.NO_BREAK));
            for (int i = 0; i < parts.length; i++) {
                if (!syllables.isEmpty()) {
                    bound.add(i > 0);
                }
                syllables.add(parts[i]);
            }
        }
        boolean[] natural = new boolean[Math.max(0, syllables.size() - 1)];
        for (int i = 0; i < syllables.size(); i++) {
            bindAt(syllables, bound, i, WORDS);
            int kind = bindAt(syllables, bound, i, KINDS);
            if (kind > 0 && i + kind - 1 < natural.length) {
                natural[i + kind - 1] = true;
            }
            // "XÃ HỘI" (Sở Lao động - Thương binh và Xã hội) is a word, not a commune
            int place = matches(syllables, i, "XÃ HỘI") ? 0 : bindAt(syllables, bound, i, PLACES);
            if (place > 0 && i > 0) {
                if (i + place < syllables.size()) {
                    // the place and its name, to the name's end
                    natural[i - 1] = true;
                    for (int j = i; j < syllables.size() - 1; j++) {
                        bound.set(j, true);
                    }
                } else {
                    // "... BIÊN PHÒNG TỈNH": the province's own, never a line of its own
                    bound.set(i - 1, true);
                }
            }
            if (i > 0 && matches(syllables, i, FORCE)) {
                natural[i - 1] = true;
            }
        }
        List<String> groups = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        StringBuilder group = new StringBuilder(syllables.isEmpty() ? "" : syllables.get(0));
        for (int i = 0; i < bound.size(); i++) {
            if (bound.get(i)) {
                group.append(ReportWording.NO_BREAK).append(syllables.get(i + 1));
            } else {
                groups.add(group.toString());
                breaks.add(natural[i]);
                group = new StringBuilder(syllables.get(i + 1));
            }
        }
        groups.add(group.toString());
        return new Groups(List.copyOf(groups), List.copyOf(breaks));
    }

    /** Binds the first of {@code phrases} that starts at syllable {@code at}; its number of syllables, or 0. */
    private static int bindAt(List<String> syllables, List<Boolean> bound, int at, List<String> phrases) {
        for (String phrase : phrases) {
            if (matches(syllables, at, phrase)) {
                int length = phrase.split(" ").length;
                for (int j = at; j < at + length - 1; j++) {
                    bound.set(j, true);
                }
                return length;
            }
        }
        return 0;
    }

    private static boolean matches(List<String> syllables, int at, String phrase) {
        String[] words = phrase.split(" ");
        if (at + words.length > syllables.size()) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (!syllables.get(at + j).equals(words[j])) {
                return false;
            }
        }
        return true;
    }
}
