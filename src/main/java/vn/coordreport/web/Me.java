package vn.coordreport.web;

import java.util.Locale;

import vn.coordreport.security.CurrentUser;

/**
 * The signed-in user as every page's header shows them.
 *
 * @param province null when the user sees every province
 */
record Me(String username, String role, String province) {

    static Me of(CurrentUser user) {
        String role = user.role() == null ? "" : user.role().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
        return new Me(user.username(), role, user.province().orElse(null));
    }

    /** Whether the user may import, run jobs and request reports. */
    public boolean operator() {
        return role.equals("OPERATOR") || role.equals("ADMIN");
    }

    public String roleLabel() {
        return switch (role) {
            case "ADMIN" -> "Quản trị";
            case "OPERATOR" -> "Vận hành";
            case "VIEWER" -> "Xem báo cáo";
            default -> role;
        };
    }

    public String provinceLabel() {
        return province == null ? "Tất cả các tỉnh" : province;
    }
}
