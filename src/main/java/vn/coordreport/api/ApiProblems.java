package vn.coordreport.api;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import vn.coordreport.messages.Messages;

/**
 * The API's own failures as problem details (RFC 9457). Spring MVC's (malformed
 * JSON, a non-numeric id, a missing parameter, an upload over
 * {@code spring.servlet.multipart.max-file-size}) are answered by Spring Boot's
 * problem-details handler ({@code spring.mvc.problemdetails.enabled}).
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A parameter of the wrong type ({@code limit=abc}, {@code from=2024-02-31}), said with what it should be. Without
     * this handler Spring answers with the one of its cause, the converter's {@link IllegalArgumentException} above,
     * and the client read the converter's English ("For input string: \"abc\"").
     */
    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail wrongType(TypeMismatchException e) {
        if (java.util.List.of(Integer.class, int.class, Long.class, long.class).contains(e.getRequiredType())
                && String.valueOf(e.getValue()).matches("-?\\d+")) {
            // a whole number, only too large for its type: not "not a whole number", as the pages say it
            return problem(HttpStatus.BAD_REQUEST, Messages.text("api.numberTooLarge", e.getPropertyName(),
                    String.valueOf(e.getValue())));
        }
        String pastMonthEnd = pastMonthEnd(e.getRequiredType(), e.getValue());
        if (pastMonthEnd != null) {
            return problem(HttpStatus.BAD_REQUEST, Messages.text("api.wrongDay", e.getPropertyName(),
                    String.valueOf(e.getValue()), pastMonthEnd));
        }
        return problem(HttpStatus.BAD_REQUEST, Messages.text("api.wrongType", e.getPropertyName(),
                String.valueOf(e.getValue()), Messages.expectedType(e.getRequiredType())));
    }

    /**
     * For a day written as it should be but past its month's end ({@code 2024-02-31}): why it is none, so that the
     * problem says why rather than how a day is written; null otherwise.
     */
    private static String pastMonthEnd(Class<?> type, Object value) {
        return type == java.time.LocalDate.class
                ? vn.coordreport.messages.DateFormats.pastMonthEnd(String.valueOf(value)).orElse(null) : null;
    }

    /**
     * A JSON body that cannot be read: a field of the wrong type is named, with what it should be
     * ({@code asOf: "31/12/2019"}); anything else (not JSON at all) is said in general.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            // a field misspelt ("asof", "finall") was left out in silence: a nightly run as of today, a draft
            return problem(HttpStatus.BAD_REQUEST, Messages.text("api.unknownField", unknown.getPropertyName(),
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "))));
        }
        if (e.getCause() instanceof MismatchedInputException wrong && !wrong.getPath().isEmpty()
                && wrong.getTargetType() != null) {
            String field = wrong.getPath().stream().map(ApiProblems::step).collect(Collectors.joining("."))
                    .replace(".[", "[");
            String expected = Messages.expectedType(wrong.getTargetType());
            String pastMonthEnd = wrong instanceof InvalidFormatException format
                    ? pastMonthEnd(wrong.getTargetType(), format.getValue()) : null;
            if (pastMonthEnd != null) {
                return problem(HttpStatus.BAD_REQUEST, Messages.text("api.wrongFieldDay", field,
                        String.valueOf(((InvalidFormatException) wrong).getValue()), pastMonthEnd));
            }
            return problem(HttpStatus.BAD_REQUEST, wrong instanceof InvalidFormatException format
                    ? Messages.text("api.wrongField", field, String.valueOf(format.getValue()), expected)
                    : Messages.text("api.wrongFieldKind", field, expected));
        }
        return problem(HttpStatus.BAD_REQUEST,
                Messages.text("problemDetail." + HttpMessageNotReadableException.class.getName()));
    }

    private static String step(JacksonException.Reference reference) {
        return reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]";
    }


    /**
     * A client that takes none of the types an answer has ({@code Accept: application/xml}, see {@link JsonOnly}):
     * 406, naming those it has as a client writes them, not as a Java list ({@code [application/json, ...]}).
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, Messages.text("problemDetail." + e.getClass().getName(),
                e.getSupportedMediaTypes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    @ExceptionHandler(Busy.class)
    ProblemDetail busy(Busy e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** An upload over {@code spring.servlet.multipart.max-file-size} (413), or a broken multipart body (400). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        String causes = e + " " + e.getCause() + " " + (e.getCause() == null ? "" : e.getCause().getCause());
        if (e instanceof MaxUploadSizeExceededException || causes.matches("(?is).*(size|limit).*exceed.*|.*exceed.*(size|limit).*")) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, Messages.text("api.upload.tooLarge"));
        }
        return problem(HttpStatus.BAD_REQUEST, Messages.text("api.upload.unreadable", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(RejectedImport.class)
    ProblemDetail rejected(RejectedImport e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT,
                Messages.text("import.rejected", e.count()));
        problem.setTitle(Messages.text("import.rejected.title"));
        problem.setProperty("errors", e.errors());
        problem.setProperty("count", e.count());
        return problem;
    }

    /**
     * The value of the query parameter {@code name}, as {@code reading} reads it; what is wrong with it (a bad request,
     * 400) names the parameter first, as a parameter of the wrong type is named: {@code Tham số 'period': '2021-H9'
     * không phải là kỳ báo cáo: ...}. The module's message, in the client's language, follows as it is.
     */
    static <T> T parameter(String name, java.util.function.Supplier<T> reading) {
        return named("api.parameterProblem", name, reading);
    }

    /** As {@link #parameter}, for a field of a JSON body: {@code Trường 'format': không có định dạng 'odt' ...}. */
    static <T> T field(String name, java.util.function.Supplier<T> reading) {
        return named("api.fieldProblem", name, reading);
    }

    private static <T> T named(String key, String name, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.text(key, name, e.getMessage()), e);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status,
                detail == null ? Messages.text("http.status." + status.value()) : detail);
    }

    /** The server cannot take the request now (a full queue): 503, try later. */
    static final class Busy extends RuntimeException {

        Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An import with problems: each as {@code file:line: column: message}, and how many there are. */
    static final class RejectedImport extends RuntimeException {

        private final List<String> errors;
        private final long count;

        RejectedImport(List<String> errors, long count) {
            super("import rejected");
            this.errors = errors;
            this.count = count;
        }

        List<String> errors() {
            return errors;
        }

        long count() {
            return count;
        }
    }
}
