package vn.coordreport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.coordreport.messages.Messages;

/**
 * An address opened with a method it does not take: no controller was chosen, so {@link PageErrors}, which answers
 * the pages' own errors, is not asked. A form's address typed into a browser ({@code GET /users/disable}) gets the
 * error page saying so, where it got the API's problem details as text; the API's addresses keep those.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MethodNotAllowed {

    private final MessageSource messages;

    MethodNotAllowed(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object answer(HttpRequestMethodNotSupportedException e, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders())
                    .body(e.updateAndGetBody(messages, LocaleContextHolder.getLocale()));
        }
        e.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return PageErrors.page(HttpServletResponse.SC_METHOD_NOT_ALLOWED, Messages.text("web.formAddress"), model,
                response);
    }
}
