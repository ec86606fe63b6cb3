package vn.coordreport.web;

import java.util.Set;
import java.util.stream.Collectors;

import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;

/**
 * The signed-in user as every page's header shows them.
 *
 * @param province null when the user sees every province
 */
record Me(String username, Set<Role> roles, String province) {

    static Me of(CurrentUser user) {
        return new Me(user.username(), user.roles(), user.province().orElse(null));
    }

    /** Whether the user may import, run jobs and request reports. */
    public boolean operator() {
        return roles.contains(Role.OPERATOR) || roles.contains(Role.ADMIN);
    }

    /**
     * Whether the user may start or restart a job: an operator of every province, as a job makes the reports of
     * every province.
     */
    public boolean runsJobs() {
        return operator() && province == null;
    }

    /** Whether the user administers: reopens an issued period, among others. */
    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean reviewer() {
        return roles.contains(Role.REVIEWER);
    }

    public boolean signer() {
        return roles.contains(Role.SIGNER);
    }

    public boolean clerk() {
        return roles.contains(Role.CLERK);
    }

    /** Whether the user takes a step of issuing: the header then links to the documents waiting. */
    public boolean issuer() {
        return reviewer() || signer() || clerk();
    }

    public String roleLabel() {
        return roles.isEmpty() ? "" : java.util.EnumSet.copyOf(roles).stream().map(Me::label)
                .collect(Collectors.joining(", "));
    }

    static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Quản trị";
            case OPERATOR -> "Vận hành";
            case VIEWER -> "Xem báo cáo";
            case REVIEWER -> "Trưởng phòng";
            case SIGNER -> "Lãnh đạo";
            case CLERK -> "Văn thư";
        };
    }

    public String provinceLabel() {
        return province == null ? "Tất cả các tỉnh" : province;
    }
}
