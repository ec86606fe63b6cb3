package vn.coordreport.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/**
 * The page Tomcat answers with when a request fails before the application sees it: an address of more than
 * 8 KB (a long search typed into the address bar), a request line that is not HTTP, a path Tomcat refuses
 * ({@code %00}, {@code %5C}), a letter sent unencoded ({@code ?period=năm}: Tomcat stops reading before the headers,
 * and the address is known only from its message, {@link RefusedTarget}). Tomcat's own says "HTTP Status 400 – Bad
 * Request" in English; this one says it as the application's error page does, to a browser, and as the API's problems
 * do (in Vietnamese) to another client and to any request of the API that says nothing of what it takes.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** After Spring Boot's customizer, which puts Tomcat's valve (without its report) on the host. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new OfficeErrorValve());
            // the host adds a valve of this class at its start when it has none
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(OfficeErrorValve.class.getName());
            }
        });
    }

    /** Tomcat's error valve with the office's words; a response that has a body already is left alone. */
    static final class OfficeErrorValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean();
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get() || !response.setErrorReported()) {
                return;
            }
            // a request Tomcat could not read whole has no headers: the page, unless its address is the API's. An
            // address of more than 8 KB is not known either; one with a letter sent unencoded is, from Tomcat's message
            String accept = request.getHeader("Accept");
            String uri = request.getRequestURI();
            String unencoded = uri == null || uri.isEmpty() ? RefusedTarget.of(throwable) : null;
            String address = unencoded != null ? unencoded : uri;
            boolean browser = accept == null ? address == null || !RefusedTarget.api(address)
                    : accept.contains("text/html") || accept.contains("application/xhtml+xml");
            try {
                response.setContentType(browser ? "text/html" : "application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(unencoded == null ? browser ? page(status) : problem(status)
                            : browser ? page(status, Messages.text("web.server.unencoded.page"))
                                    : problem(status, Messages.text("web.server.unencoded.problem")));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the response was taken over: nothing more can be said to it
            }
        }

        /** The problem (RFC 9457) another system reads, as the API's others. */
        static String problem(int status) {
            return problem(status, status == 400 ? "Máy chủ không đọc được yêu cầu này: địa chỉ quá dài, hoặc có ký tự"
                    + " phải được mã hóa mà chưa mã hóa (chữ có dấu, dấu cách: năm viết là n%C4%83m, theo UTF-8)."
                    : text(status));
        }

        static String problem(int status, String detail) {
            return "{\"type\":\"about:blank\",\"title\":\"" + json(title(status)) + "\",\"status\":" + status
                    + ",\"detail\":\"" + json(detail) + "\"}";
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }

        private static String title(int status) {
            return status == 400 ? "Yêu cầu không hợp lệ" : status == 413 ? "Yêu cầu quá lớn" : "Đã có lỗi";
        }

        private static String text(int status) {
            return status == 413 ? "Yêu cầu gửi lên vượt quá giới hạn cho phép." : "Máy chủ không thực hiện được yêu cầu này.";
        }

        static String page(int status) {
            return page(status, status == 400
                    ? "Máy chủ không đọc được yêu cầu này: địa chỉ trang quá dài hoặc có ký tự không được phép. Hãy"
                            + " quay lại trang trước và thử lại với nội dung ngắn hơn."
                    : text(status));
        }

        static String page(int status, String text) {
            String title = title(status);
            return """
                    <!DOCTYPE html>
                    <html lang="vi">
                    <head>
                        <meta charset="UTF-8">
                        <meta name="viewport" content="width=device-width, initial-scale=1">
                        <title>Lỗi · Báo cáo quy chế phối hợp</title>
                        <link rel="stylesheet" href="/css/app.css">
                    </head>
                    <body class="login-page">
                    <main class="login-card">
                        <h1>%s</h1>
                        <p class="muted">%s</p>
                        <p class="muted small">Mã lỗi %d</p>
                        <p><a class="button primary" href="/">Về trang chính</a></p>
                    </main>
                    </body>
                    </html>
                    """.formatted(title, text, status);
        }
    }
}
