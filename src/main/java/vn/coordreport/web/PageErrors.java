package vn.coordreport.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.messages.Messages;

/**
 * The pages answer their errors (an unknown report, an id that is not a number)
 * with the Vietnamese error page, not with the API's problem details; access
 * refused (403) is left to Spring Security. The page says what was wrong when
 * it is known: the reason given with the status, or the parameter that is not
 * of its type and what it should be.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    /** The types of a whole number: a value of digits that does not fit them is too large, not "not a number". */
    private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class);

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, Model model, HttpServletResponse response) {
        return page(e.getStatusCode().value(), e.getReason(), model, response);
    }

    /**
     * A parameter that is not of its type: alone ({@code page=x}), or a part of the address ({@code /reports/x}), which
     * then names no page at all.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badArgument(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // digits too many for an id are a number too large, as the API and the commands say, not "no number"
            return page(HttpServletResponse.SC_NOT_FOUND, Messages.text(INTEGERS.contains(e.getRequiredType())
                    && String.valueOf(e.getValue()).matches("-?\\d+") ? "web.addressNumberTooLarge"
                    : "web.addressNotANumber", String.valueOf(e.getValue())), model, response);
        }
        return page(HttpServletResponse.SC_BAD_REQUEST, wrongType(e.getName(), e.getValue(), e.getRequiredType()), model,
                response);
    }

    /** A parameter of a search's fields ({@code from=31/02/2021}) that is not of its type. */
    @ExceptionHandler(BindException.class)
    String badField(BindException e, Model model, HttpServletResponse response) {
        FieldError field = e.getFieldError();
        String detail = field == null ? null : wrongType(field.getField(), field.getRejectedValue(),
                e.getBindingResult().getFieldType(field.getField()));
        return page(HttpServletResponse.SC_BAD_REQUEST, detail, model, response);
    }

    /** A form or address without a parameter it needs ({@code /users/account} without the user's name). */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
        String label = Messages.optional("web.parameter." + e.getParameterName());
        return page(HttpServletResponse.SC_BAD_REQUEST, Messages.text("web.missingParameter",
                label == null ? e.getParameterName() : label), model, response);
    }

    /**
     * As the API says it, but with the days as the pages take them (dd/mm/yyyy), and a parameter the pages write
     * themselves (the page number in a list's links) named as the reader knows it, not by its name in the address.
     */
    private static String wrongType(String name, Object value, Class<?> type) {
        String expected = type == LocalDate.class ? Messages.text("web.type.day") : Messages.expectedType(type);
        String label = Messages.optional("web.parameter." + name);
        if (INTEGERS.contains(type) && String.valueOf(value).matches("-?\\d+")) {
            // a whole number, only too large for its type: not "not a whole number"
            return Messages.text("web.numberTooLarge", label == null ? name : label, String.valueOf(value));
        }
        return label == null ? Messages.text("api.wrongType", name, String.valueOf(value), expected)
                : Messages.text("web.wrongValue", label, String.valueOf(value), expected);
    }

    /** The error page with this status and, when known, what was wrong. */
    static String page(int status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return "error";
    }
}
