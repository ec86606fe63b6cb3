package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.coordreport.messages.Messages;

/**
 * A timestamp authority that cannot stamp a signature makes the signing fail with its reason
 * ({@code issuing.signFailed}), which the signer reads: in the reader's language, naming the authority.
 */
class TimestampsTests {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAuthorityThatIsNotRunningIsNamedInTheReadersLanguage() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/tsa");
        Timestamps timestamps = new Timestamps(url, Duration.ofSeconds(5));
        LocaleContextHolder.setLocale(Messages.VIETNAMESE);

        // the reader's words alone, not the Java exception's name (java.net.ConnectException)
        assertThatThrownBy(() -> timestamps.stamp(new byte[] {1, 2, 3})).isInstanceOf(IOException.class)
                .hasMessage("không kết nối được đơn vị cấp dấu thời gian " + url + ": máy chủ không chạy, sai địa chỉ "
                        + "(coordreport.signing.tsa-url) hoặc quá thời gian chờ (coordreport.signing.tsa-timeout)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThatThrownBy(() -> timestamps.stamp(new byte[] {1, 2, 3}))
                .hasMessageStartingWith("the timestamp authority " + url + " cannot be reached");
    }

    @Test
    void anAuthorityThatAnswersWithAnHttpErrorIsNamedWithItsStatus() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "không có".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        LocaleContextHolder.setLocale(Messages.VIETNAMESE);
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
            assertThatThrownBy(() -> new Timestamps(url, Duration.ofSeconds(5)).stamp(new byte[] {1}))
                    .isInstanceOf(IOException.class)
                    .hasMessage("đơn vị cấp dấu thời gian " + url + " trả lời mã HTTP 404 (coordreport.signing.tsa-url)");
        } finally {
            server.stop(0);
        }
    }
}
