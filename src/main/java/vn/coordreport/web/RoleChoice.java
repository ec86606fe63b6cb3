package vn.coordreport.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.coordreport.security.Role;

/** A role as the users page offers it: its name, and what it lets one do, in the office's words. */
record RoleChoice(String name, String label, String what) {

    static final List<RoleChoice> ALL = Arrays.stream(Role.values())
            .map(r -> new RoleChoice(r.name(), Me.label(r), what(r))).toList();

    private static String what(Role role) {
        return switch (role) {
            case ADMIN -> "mọi việc, kể cả quản lý người dùng và gửi lại thư";
            case OPERATOR -> "nhập dữ liệu, chạy tác vụ, yêu cầu lập báo cáo";
            case VIEWER -> "xem và tải báo cáo";
            case REVIEWER -> "duyệt hoặc trả lại bản chính thức";
            case SIGNER -> "ký số bản chính thức";
            case CLERK -> "cấp số, đóng dấu và ban hành";
        };
    }

    static String label(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Me::label).collect(Collectors.joining(", "));
    }
}
