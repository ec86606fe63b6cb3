package vn.coordreport.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON only, as documented. Jackson's XML and YAML modules are on the class path (JasperReports
 * reads its designs with the one, the OpenAPI description is written with the other), and Spring MVC found them:
 * {@code Accept: application/xml} got every answer in an XML that no document describes. Without those writers
 * such a client is answered 406, with the problem in JSON.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(JsonOnly::writesAnotherFormat));
    }

    /**
     * A call that changes something (an import, a request, a step of issuing) from a client that takes no JSON is
     * refused before it is carried out: the answer's type is chosen after the handler has run, and such a client
     * was told 406 for an import that had been applied.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotAcceptableException {
                if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                        && !takesJson(request.getHeader("Accept"))) {
                    throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    /** Whether an {@code Accept} header takes JSON (or says nothing, or cannot be read: Spring then answers it). */
    private static boolean takesJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return true;
        }
    }

    /**
     * A writer of XML, YAML, CBOR or Smile: of data in another structured format than JSON. Types are compared by
     * name: a writer of any type ({@code *}{@code /*}: bytes, text, files) stays.
     */
    private static boolean writesAnotherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype)
                .anyMatch(subtype -> subtype.equals("xml") || subtype.endsWith("+xml") || subtype.equals("yaml")
                        || subtype.equals("cbor") || subtype.contains("smile"));
    }
}
