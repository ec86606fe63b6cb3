package vn.coordreport.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import vn.coordreport.messages.Messages;

/**
 * The title of every problem the application answers (RFC 9457) in the reader's language. Where nothing set one, a
 * problem's title is the HTTP reason phrase, in English whoever reads it ("Not Found" over a Vietnamese detail); here
 * it becomes the status said in the reader's language ({@code http.status.404}: "Không tìm thấy"). A title set on
 * purpose ("Không nhập được") is left as it is. The problems Spring MVC answers itself (an unknown path, a method not
 * supported) pass here too; those of sign-in and access are written by the security module, in the same words.
 */
@RestControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            String title = status == null || !status.getReasonPhrase().equals(problem.getTitle()) ? null
                    : Messages.optional("http.status." + status.value());
            if (title != null) {
                problem.setTitle(title);
            }
            if (problem.getStatus() == 415) {
                // Spring's words list every type its converters read ([application/json, application/yaml, ...]) in
                // Java's brackets, or name the type 'null' of a body of no type at all; the API takes JSON, and an
                // upload as a form (the Accept header Spring set says which)
                boolean upload = response.getHeaders().getAccept().contains(MediaType.MULTIPART_FORM_DATA);
                MediaType sent = request.getHeaders().getContentType();
                problem.setDetail(sent == null
                        ? Messages.text(upload ? "api.noContentType.upload" : "api.noContentType.json")
                        : Messages.text(upload ? "api.wrongContentType.upload" : "api.wrongContentType.json",
                                sent.getType() + "/" + sent.getSubtype()));
            }
        }
        return body;
    }
}
