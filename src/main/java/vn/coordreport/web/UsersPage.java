package vn.coordreport.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSearch;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.security.UserDirectory;
import vn.coordreport.security.UserPasswords;

/**
 * Users, for an ADMIN (the URL rule): find them, add one with one or several
 * roles and a province, disable or enable, reset a password, create and revoke
 * API tokens. A new password or token is shown once, on the page that follows,
 * and never kept in clear. Every change is in the audit log. An ADMIN limited
 * to a province sees and manages the users of that province only, and adds
 * users of it only: an account of another province, or of every province, is
 * out of their reach ({@code 403}), as they could otherwise act through it.
 */
@Controller
class UsersPage {

    /** The list's search and filters as asked for; each null or blank for none. */
    record Search(String q, String role, String province, String state, Integer page) {
    }

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final UserPasswords passwords;
    private final AgreementSearch agreements;
    private final AgreementCatalog catalog;
    private final AuditLog audit;
    private final CurrentUser user;

    UsersPage(UserAccounts accounts, UserDirectory directory, UserPasswords passwords, AgreementSearch agreements,
            AgreementCatalog catalog, AuditLog audit, CurrentUser user) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwords = passwords;
        this.agreements = agreements;
        this.catalog = catalog;
        this.audit = audit;
        this.user = user;
    }

    @GetMapping("/users")
    String list(Search search, Model model) {
        Paging paging = Paging.of(search.page(), 0);
        List<String> provinces = user.province().map(List::of).orElseGet(() -> agreements.provinces(null));
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Vai trò", search.role(), RoleChoice.ALL.stream()
                        .map(RoleChoice::name).toList()),
                filters.choice("Tỉnh", search.province(), provinces),
                filters.choice("Tình trạng", search.state(), List.of("ENABLED", "DISABLED")), search.page());
        filters.into(model);
        UserDirectory.Found found = directory.find(new UserDirectory.Filter(search.q(), search.role(), search.province(),
                search.state(), user.province().orElse(null)), paging.size(), paging.offset());
        model.addAttribute("users", found.users());
        model.addAttribute("roleLabels", found.users().stream().collect(java.util.stream.Collectors.toMap(
                UserAccount::id, u -> RoleChoice.label(u.roles()))));
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
        model.addAttribute("roles", RoleChoice.ALL);
        model.addAttribute("provinces", provinces);
        model.addAttribute("everyProvince", user.province().isEmpty());
        return "users";
    }

    /** The roles and province a form chose, and what is wrong with them (null when nothing is). */
    private record Choice(Set<Role> roles, String province, String problem) {
    }

    /**
     * The roles and province as a form posted them: a limited ADMIN's users are of their province (an empty choice
     * is theirs, another is refused), and a province typed without its diacritics is said, as it would limit the
     * user to a province with no data.
     */
    private Choice choice(List<String> roles, String province) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        String unknownRole = null;
        for (String role : roles == null ? List.<String>of() : roles) {
            try {
                chosen.addAll(Role.parse(role));
            } catch (IllegalArgumentException e) {
                unknownRole = role;
            }
        }
        if (user.province().isPresent()) {
            if (province != null && !province.isBlank()) {
                user.requireProvince(province);
            }
            province = user.province().get();
        }
        String meant = province == null ? null : catalog.provinceMeant(province).orElse(null);
        String problem = unknownRole != null ? "Không có vai trò “" + unknownRole + "”: hãy chọn trong danh sách."
                : chosen.isEmpty() ? "Hãy chọn ít nhất một vai trò."
                : meant != null ? "Dữ liệu không có tỉnh nào viết là “" + province.strip() + "”: có phải là “" + meant
                        + "”? Hãy ghi tên tỉnh có dấu như trong dữ liệu."
                : null;
        return new Choice(chosen, province == null || province.isBlank() ? null : province, problem);
    }

    @PostMapping("/users")
    String add(@RequestParam String username, @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) String province, RedirectAttributes redirect) {
        Choice choice = choice(roles, province);
        String name = username == null ? "" : username.strip();
        String problem = choice.problem() != null ? choice.problem()
                : !name.matches("[\\p{L}\\p{N}._@-]{1,64}")
                        ? "Tên đăng nhập gồm 1 đến 64 chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang hoặc @."
                        : accounts.find(name).isPresent() ? "Đã có người dùng “" + name + "”." : null;
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/users";
        }
        String password = UserPasswords.random();
        UserAccount added = accounts.add(name, choice.roles(), choice.province(), password);
        audit.record("USER_ADD", "user/" + added.username(), added.role()
                + (added.province() == null ? ", every province" : ", " + added.province()));
        redirect.addFlashAttribute("message", "Đã thêm người dùng " + added.username() + ". Mật khẩu ban đầu dưới đây "
                + "chỉ hiện một lần: hãy chuyển cho người dùng, họ đổi mật khẩu sau khi đăng nhập.");
        redirect.addFlashAttribute("secret", password);
        return "redirect:/users/account?username=" + encode(added.username());
    }

    @GetMapping("/users/account")
    String one(@RequestParam String username, Model model) {
        UserAccount account = find(username);
        model.addAttribute("account", account);
        model.addAttribute("roleLabel", RoleChoice.label(account.roles()));
        model.addAttribute("roles", RoleChoice.ALL);
        model.addAttribute("accountRoles", account.roles().stream().map(Role::name).toList());
        // the user's own province among the choices, though no data names it yet: else saving the roles alone
        // would move them to the first choice
        List<String> provinces = new java.util.ArrayList<>(
                user.province().map(List::of).orElseGet(() -> agreements.provinces(null)));
        if (account.province() != null && !provinces.contains(account.province())) {
            provinces.add(0, account.province());
        }
        model.addAttribute("provinces", provinces);
        model.addAttribute("everyProvince", user.province().isEmpty());
        model.addAttribute("tokens", directory.tokens(account.username()));
        model.addAttribute("self", account.username().equalsIgnoreCase(user.username()));
        return "user";
    }

    @PostMapping("/users/change")
    String change(@RequestParam String username, @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) String province, RedirectAttributes redirect) {
        UserAccount account = find(username);
        if (account.username().equalsIgnoreCase(user.username())) {
            redirect.addFlashAttribute("problem", "Không thể tự đổi vai trò hay tỉnh của chính mình: hãy nhờ một quản "
                    + "trị viên khác.");
            return back(account);
        }
        Choice choice = choice(roles, province);
        if (choice.problem() != null) {
            redirect.addFlashAttribute("problem", choice.problem());
            return back(account);
        }
        java.util.Optional<UserAccount> changed;
        try {
            changed = accounts.change(account.username(), choice.roles(), choice.province());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", PageFormat.capitalised(e.getMessage()) + ".");
            return back(account);
        }
        if (changed.isEmpty()) {
            redirect.addFlashAttribute("message", "Không có gì thay đổi: " + account.username() + " đã có vai trò và "
                    + "tỉnh này.");
            return back(account);
        }
        UserAccount now = changed.get();
        audit.record("USER_CHANGE", "user/" + now.username(), account.role() + ", " + every(account.province())
                + " -> " + now.role() + ", " + every(now.province()));
        redirect.addFlashAttribute("message", "Đã đổi " + now.username() + " thành " + RoleChoice.label(now.roles())
                + ", " + (now.province() == null ? "tất cả các tỉnh" : now.province())
                + ". Các phiên đăng nhập trên trang của người dùng này kết thúc; mã API của họ dùng vai trò mới ngay.");
        return back(now);
    }

    private static String every(String province) {
        return province == null ? "every province" : province;
    }

    @PostMapping("/users/disable")
    String disable(@RequestParam String username, RedirectAttributes redirect) {
        UserAccount account = find(username);
        if (account.username().equalsIgnoreCase(user.username())) {
            redirect.addFlashAttribute("problem", "Không thể tự vô hiệu hóa tài khoản của chính mình.");
            return back(account);
        }
        accounts.disable(account.username());
        audit.record("USER_DISABLE", "user/" + account.username(), "");
        redirect.addFlashAttribute("message", "Đã vô hiệu hóa tài khoản " + account.username()
                + ": không đăng nhập được nữa, mọi mã API của tài khoản ngừng có hiệu lực.");
        return back(account);
    }

    @PostMapping("/users/enable")
    String enable(@RequestParam String username, RedirectAttributes redirect) {
        UserAccount account = find(username);
        directory.enable(account.username());
        audit.record("USER_ENABLE", "user/" + account.username(), "");
        redirect.addFlashAttribute("message", "Đã kích hoạt lại tài khoản " + account.username() + ".");
        return back(account);
    }

    @PostMapping("/users/password")
    String reset(@RequestParam String username, RedirectAttributes redirect) {
        UserAccount account = find(username);
        String password = passwords.reset(account.username());
        audit.record("PASSWORD_RESET", "user/" + account.username(), "");
        redirect.addFlashAttribute("message", "Đã đặt lại mật khẩu của " + account.username()
                + ". Mật khẩu mới dưới đây chỉ hiện một lần; các phiên đăng nhập cũ của người dùng này kết thúc.");
        redirect.addFlashAttribute("secret", password);
        return back(account);
    }

    @PostMapping("/users/tokens")
    String createToken(@RequestParam String username, @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        UserAccount account = find(username);
        if (!account.enabled()) {
            redirect.addFlashAttribute("problem", "Tài khoản đang bị khóa: hãy mở lại trước khi tạo mã API.");
            return back(account);
        }
        String tokenName = name == null || name.isBlank() ? "api" : name.strip();
        String token;
        try {
            token = accounts.createToken(account.username(), tokenName);
        } catch (IllegalArgumentException e) {
            // a name too long (the field takes 64 characters, a client need not): said, not a 500
            redirect.addFlashAttribute("problem", PageFormat.capitalised(e.getMessage()) + ".");
            return back(account);
        }
        audit.record("TOKEN_CREATE", "user/" + account.username(), tokenName);
        redirect.addFlashAttribute("message", "Đã tạo mã API “" + tokenName + "”. Mã dưới đây chỉ hiện một lần: hãy "
                + "chép ngay vào hệ thống dùng nó (tiêu đề Authorization: Bearer ...).");
        redirect.addFlashAttribute("secret", token);
        return back(account);
    }

    @PostMapping("/users/tokens/revoke")
    String revokeToken(@RequestParam String username, @RequestParam long token, RedirectAttributes redirect) {
        UserAccount account = find(username);
        if (directory.revoke(account.username(), token)) {
            audit.record("TOKEN_REVOKE", "user/" + account.username(), "token #" + token);
            redirect.addFlashAttribute("message", "Đã thu hồi mã API #" + token + ".");
        } else {
            redirect.addFlashAttribute("problem", "Mã truy cập API #" + token + " không thuộc tài khoản này hoặc đã bị thu hồi.");
        }
        return back(account);
    }

    /** The account, if the ADMIN may manage it: of their province when they are limited to one. */
    private UserAccount find(String username) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có người dùng này"));
        user.requireProvince(account.province());
        return account;
    }

    private static String back(UserAccount account) {
        return "redirect:/users/account?username=" + encode(account.username());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
