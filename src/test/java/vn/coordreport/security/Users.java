package vn.coordreport.security;

/** The users every security test signs in as; the password is the name followed by "-secret". */
final class Users {

    static final String ADMIN = "admin";
    static final String OPERATOR = "operator";
    static final String VIEWER = "viewer";
    /** A VIEWER limited to Tây Ninh. */
    static final String TAY_NINH = "tayninh";
    /** An OPERATOR limited to Quảng Trị. */
    static final String QUANG_TRI = "quangtri";
    static final String DISABLED = "former";

    private Users() {
    }

    static String password(String user) {
        return user + "-secret";
    }

    /** Adds them all (once per database). */
    static void add(UserAccounts accounts) {
        if (accounts.find(ADMIN).isPresent()) {
            return;
        }
        accounts.add(ADMIN, Role.ADMIN, null, password(ADMIN));
        accounts.add(OPERATOR, Role.OPERATOR, null, password(OPERATOR));
        accounts.add(VIEWER, Role.VIEWER, null, password(VIEWER));
        accounts.add(TAY_NINH, Role.VIEWER, "Tây Ninh", password(TAY_NINH));
        accounts.add(QUANG_TRI, Role.OPERATOR, "Quảng Trị", password(QUANG_TRI));
        accounts.add(DISABLED, Role.VIEWER, null, password(DISABLED));
        accounts.disable(DISABLED);
    }
}
