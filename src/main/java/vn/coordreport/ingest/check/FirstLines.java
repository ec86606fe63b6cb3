package vn.coordreport.ingest.check;

import java.util.List;
import java.util.stream.Collectors;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.messages.Messages;

/**
 * A notice told once per file, at the first line it is of: what is so there, how many more lines are so with the
 * next few of them ("Còn 3 dòng khác như vậy (dòng 12, 15, 18, …)"), and what to do.
 */
final class FirstLines {

    private FirstLines() {
    }

    /**
     * @param lines   the first lines found, in order (a query's {@code limit 4})
     * @param count   how many lines are so in all
     * @param moreKey the message of the others, taking their count and their lines
     */
    static ImportProblem notice(String file, String columnOrNull, List<Long> lines, long count, String said,
            String moreKey, String fix) {
        String more = count <= 1 ? "" : " " + Messages.text(moreKey, count - 1, lines.stream().skip(1)
                .map(String::valueOf).collect(Collectors.joining(", ")) + (count > lines.size() ? ", …" : ""));
        return new ImportProblem(file, lines.get(0), columnOrNull, said + more + " " + fix);
    }
}
