package vn.coordreport.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages answer their errors (an unknown report, an id that is not a number)
 * with the Vietnamese error page, not with the API's problem details; access
 * refused (403) is left to Spring Security.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, Model model, HttpServletResponse response) {
        return page(e.getStatusCode().value(), model, response);
    }

    /** A parameter that is not of its type: alone ({@code page=x}) or in a search's fields ({@code from=31/02}). */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class})
    String badArgument(Model model, HttpServletResponse response) {
        return page(HttpServletResponse.SC_BAD_REQUEST, model, response);
    }

    private static String page(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
