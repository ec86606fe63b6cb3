package vn.coordreport.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * {@code /error} is where the server sends a request that failed, not a page. Asked for directly, Spring Boot's error
 * controller knows no status and answers 500 (with {@code "status":999,"error":"None"}), which a scanner or a
 * monitor reads as a failure of the server; Spring Boot keeps it so (spring-boot#49159). Here it is an address
 * nothing answers, as any other ({@link UnknownAddresses}): 404, the error page to a browser, the problem to another
 * client. The server's own forwards to it (an error dispatch) are answered as before.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathAskedDirectly implements WebMvcConfigurer, HandlerInterceptor {

    private final String errorPath;

    ErrorPathAskedDirectly(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(errorPath);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws NoResourceFoundException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                    errorPath.substring(1));
        }
        return true;
    }
}
