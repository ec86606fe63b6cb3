package vn.coordreport.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.coordreport.messages.Messages;

/**
 * A parameter that takes one value, given more than once, is refused (400) before the handler runs, naming it, on
 * the pages and in the API alike. Spring MVC took one of the values without a word: the first for a number or a
 * boolean ({@code POST /api/imports?dryRun=false&dryRun=true} imported what the client meant to check), all of them
 * joined by commas for a text, Java's {@code [Ljava.lang.String;@...} in a message for a value it could not read.
 * Which parameters take several values (the users' roles, the entry form's rows) the handler says itself: a
 * {@code @RequestParam} list or array, or a {@code MultiValueMap} of the parameters it does not name. The same value
 * given twice is refused too, as a text would read it joined ({@code period=2021-H1,2021-H1}). An uploaded file
 * counts as a parameter: a second {@code file} part was dropped in silence.
 */
@Configuration(proxyBeanMethods = false)
class RepeatedParameters implements WebMvcConfigurer, HandlerInterceptor {

    /** Values shown in the message, each cut to this length: enough to recognise, not a page of the client's text. */
    private static final int SHOWN = 40;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Taken taken = Taken.by(method);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getValue().length > 1 && !taken.severally(parameter.getKey())) {
                throw refused(parameter.getKey(), Stream.of(parameter.getValue()).toList());
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
                if (part.getValue().size() > 1 && !taken.severally(part.getKey())) {
                    throw refused(part.getKey(), part.getValue().stream().map(MultipartFile::getOriginalFilename).toList());
                }
            }
        }
        return true;
    }

    private static ResponseStatusException refused(String name, List<String> values) {
        String shown = values.stream().map(RepeatedParameters::shown).collect(Collectors.joining(", "));
        return new ResponseStatusException(HttpStatus.BAD_REQUEST,
                Messages.text("security.repeatedParameter", shown(name), values.size(), shown));
    }

    private static String shown(String value) {
        String line = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return "'" + (line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "…") + "'";
    }

    /**
     * What a handler's {@code @RequestParam}s take: the names it takes several values of, the names it takes one
     * value of, and whether it takes every other parameter's values as they come (a {@code MultiValueMap}).
     */
    private record Taken(Set<String> several, Set<String> one, boolean rest) {

        static Taken by(HandlerMethod method) {
            Set<String> several = new HashSet<>();
            Set<String> one = new HashSet<>();
            boolean rest = false;
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                if (annotation == null) {
                    continue;
                }
                Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
                String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                if (annotation.name().isEmpty() && Map.class.isAssignableFrom(type)) {
                    rest |= MultiValueMap.class.isAssignableFrom(type);
                } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                    several.add(name);
                } else {
                    one.add(name);
                }
            }
            return new Taken(several, one, rest);
        }

        boolean severally(String name) {
            return several.contains(name) || rest && !one.contains(name);
        }
    }
}
