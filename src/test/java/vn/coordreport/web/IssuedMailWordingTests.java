package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.issuing.IssueRun;
import vn.coordreport.messages.Messages;

/** What the văn thư reads on the page when an issue's mails could not go out. */
class IssuedMailWordingTests {

    @Test
    void noMailServerIsSaidInTheOfficesWordsNotBySettingAndCommand() {
        IssueRun run = new IssueRun(List.of(), 3, null, Messages.text("issuing.mail.noServer"));

        assertThat(ApprovalsPage.mailsNotSent(run)).isEqualTo("Đã xếp 3 thư vào hàng gửi, chưa gửi được thư nào: hệ "
                + "thống chưa được cấu hình máy chủ thư: thư nằm chờ ở trang Sổ gửi thư và sẽ được gửi khi có máy chủ "
                + "thư (xin báo quản trị viên).").doesNotContain("spring.mail", "coordreport deliveries");
    }

    @Test
    void aSendingThatFailedKeepsItsReason() {
        IssueRun run = new IssueRun(List.of(), 2, null, "máy chủ thư từ chối kết nối");

        assertThat(ApprovalsPage.mailsNotSent(run)).endsWith("chưa gửi được thư nào: máy chủ thư từ chối kết nối.");
    }
}
