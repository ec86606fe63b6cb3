package vn.coordreport.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that nothing answers (a mistyped page, an old bookmark): a browser, which asks for HTML, gets the
 * Vietnamese error page (404); any other client the problem details the API answers with, as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    private final MessageSource messages;

    UnknownAddresses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletResponse response, Model model) {
        return PageErrors.page(HttpServletResponse.SC_NOT_FOUND, null, model, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> problem(NoResourceFoundException e, Locale locale) {
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.updateAndGetBody(messages, locale));
    }
}
