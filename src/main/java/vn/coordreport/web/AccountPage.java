package vn.coordreport.web;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.UserPasswords;

/** Every user's own account: changing one's password, with the current one first; audited. */
@Controller
class AccountPage {

    private final UserPasswords passwords;
    private final CurrentUser user;
    private final AuditLog audit;

    AccountPage(UserPasswords passwords, CurrentUser user, AuditLog audit) {
        this.passwords = passwords;
        this.user = user;
        this.audit = audit;
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
            RedirectAttributes redirect) {
        String problem = password.length() < 8 ? "Mật khẩu mới cần ít nhất 8 ký tự."
                : password.getBytes(StandardCharsets.UTF_8).length > 72
                        ? "Mật khẩu mới dài quá 72 byte (mỗi chữ không dấu là 1 byte, mỗi chữ có dấu 2 đến 3 byte): "
                                + "hãy chọn mật khẩu ngắn hơn."
                : !password.equals(repeat) ? "Hai lần nhập mật khẩu mới không giống nhau."
                : password.equals(current) ? "Mật khẩu mới phải khác mật khẩu hiện tại." : null;
        if (problem == null && !passwords.change(user.username(), current, password)) {
            problem = "Mật khẩu hiện tại không đúng. Không có gì thay đổi.";
            audit.record("PASSWORD_CHANGE", "user/" + user.username(), "refused: wrong current password");
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/account";
        }
        audit.record("PASSWORD_CHANGE", "user/" + user.username(), "");
        redirect.addFlashAttribute("message", "Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.");
        return "redirect:/login?changed";
    }
}
