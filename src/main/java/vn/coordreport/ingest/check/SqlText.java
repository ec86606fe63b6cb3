package vn.coordreport.ingest.check;

/** PostgreSQL's way of writing values in messages, for the checks made in Java to read as those made in SQL. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * {@code format('%L', value)} (quote_literal): quotes doubled, and backslashes doubled with an
     * {@code E} before the string when there is one.
     */
    public static String literal(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 3);
        if (value.indexOf('\\') >= 0) {
            quoted.append('E');
        }
        quoted.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                quoted.append(c);
            }
            quoted.append(c);
        }
        return quoted.append('\'').toString();
    }
}
