package vn.coordreport.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.coordreport.messages.Messages;

/**
 * Who made a version ({@code created_by}) when a person did: the văn thư who issued it, or the user whose request
 * made it. Written here and read back here, so that the pages and the commands say it in the reader's language
 * ({@code maker.*}); a job or a command is stored by its name, which those say themselves.
 */
public final class VersionMakers {

    private static final String ISSUED_BY = "issued by ";
    private static final Pattern REQUEST = Pattern.compile("request #(\\d+) by (.+)");

    private VersionMakers() {
    }

    /** The maker of an issued document, {@code issued by vanthu}. */
    public static String issuedBy(String username) {
        return ISSUED_BY + username;
    }

    /** The maker of a version made for a report request, {@code request #12 by lan}. */
    public static String request(long requestId, String username) {
        return "request #" + requestId + " by " + username;
    }

    /**
     * Who made a version or took a step, in the reader's words: a person's part ({@link #person}), a job or a command
     * by what it does ({@code maker.named.*}: {@code tác vụ chốt kỳ báo cáo}, {@code lệnh coordreport report}), a
     * user by their username.
     */
    public static String words(String createdBy) {
        if (createdBy == null) {
            return "—";
        }
        return person(createdBy).orElseGet(() -> {
            String named = Messages.optional("maker.named." + createdBy.strip().replace(' ', '-'));
            return named != null ? named : createdBy;
        });
    }

    /** The person's part in words ({@code văn thư vanthu ban hành}, {@code yêu cầu #12 của lan}); empty for others. */
    public static Optional<String> person(String createdBy) {
        if (createdBy == null) {
            return Optional.empty();
        }
        if (createdBy.startsWith(ISSUED_BY)) {
            return Optional.of(Messages.text("maker.issuedBy", createdBy.substring(ISSUED_BY.length())));
        }
        Matcher request = REQUEST.matcher(createdBy);
        return request.matches() ? Optional.of(Messages.text("maker.request", request.group(1), request.group(2)))
                : Optional.empty();
    }
}
