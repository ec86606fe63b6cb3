package vn.coordreport.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Four filter chains, as the URL table of the README says: the actuator
 * (health open, the rest ADMIN, HTTP Basic), the HTTP API (stateless, HTTP
 * Basic or a Bearer API token, no CSRF, 401/403 as problem details), the API's
 * description (as the API, or the staff page's session) and the staff pages
 * (form login at /login, CSRF, logout; a session ends as soon as its account
 * is disabled or changed). Whatever no rule names is refused: reads need a
 * role, writes OPERATOR or ADMIN, the issuing steps (under /approvals)
 * REVIEWER, SIGNER or CLERK. Every answer carries a Content-Security-Policy
 * and a Referrer-Policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] READERS = {"VIEWER", "OPERATOR", "ADMIN", "REVIEWER", "SIGNER", "CLERK"};
    private static final String[] WRITERS = {"OPERATOR", "ADMIN"};
    /** The pages load their one stylesheet and one script from here; nothing inline, nothing from elsewhere. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI, a page of springdoc's, puts {@code <style>} elements in while it runs; no inline script still. */
    static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    /** JSON and files: nothing in them may load or run anything. */
    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Before everything, Spring Security included: the parameters can fail to decode anywhere. */
    @Bean
    FilterRegistrationBean<BadRequestFilter> badRequestFilter() {
        FilterRegistrationBean<BadRequestFilter> registration = new FilterRegistrationBean<>(new BadRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
    /** The issuing steps: which of them a user may take is the issuing module's check. */
    private static final String[] ISSUERS = {"REVIEWER", "SIGNER", "CLERK"};

    /**
     * An address the firewall refuses ({@code //api/reports}, {@code /api/reports;x=1}, an encoded slash): a browser
     * gets the error page, as it did; a client got Spring Boot's English {@code {"error":"Bad Request"}}, and now a
     * problem in the reader's words, as the API's others.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (ProblemResponses.takesHtml(request)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            } else {
                ProblemResponses.rejected(request, response);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return forClients(http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN")), SessionCreationPolicy.STATELESS, new ProblemResponses())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, UserAccounts accounts, AuditLog audit) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        return forClients(http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/approvals/**").hasAnyRole(ISSUERS)
                        .anyRequest().hasAnyRole(WRITERS))
                .addFilterBefore(new BearerTokenFilter(accounts, audit, problems), BasicAuthenticationFilter.class),
                SessionCreationPolicy.STATELESS, problems)
                .build();
    }

    /**
     * The OpenAPI description: for an API client (HTTP Basic or its token) as
     * for the staff page's Swagger UI (its session, never a new one). Without
     * either, a browser is sent to the login form and a client gets the API's 401.
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiDescriptionChain(HttpSecurity http, UserAccounts accounts, AuditLog audit) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        LoginUrlAuthenticationEntryPoint loginForm = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (ProblemResponses.takesHtml(request)) {
                loginForm.commence(request, response, e);
            } else {
                problems.commence(request, response, e);
            }
        };
        return forClients(http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(READERS))
                .addFilterBefore(new BearerTokenFilter(accounts, audit, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionAccountCheck(accounts, audit), SecurityContextHolderFilter.class),
                SessionCreationPolicy.NEVER, entryPoint)
                .build();
    }

    /** What the chains for other systems share: HTTP Basic, problem details, no CSRF, no saved request. */
    private static HttpSecurity forClients(HttpSecurity http, SessionCreationPolicy sessions,
            AuthenticationEntryPoint entryPoint) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        return http.httpBasic(b -> b.authenticationEntryPoint(problems).realmName(ProblemResponses.REALM))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                // never the page's session: an API call that carries its cookie (Swagger UI's) changed its id,
                // and the page, holding the old one, was signed out
                .sessionManagement(s -> s.sessionCreationPolicy(sessions).sessionFixation(f -> f.none()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(h -> policies(h, DATA_POLICY));
    }

    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http, LoginAudit loginAudit, UserAccounts accounts, AuditLog audit)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInRefused.class.getName(), "/login?refused"));
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html").hasAnyRole(READERS)
                        .requestMatchers("/users", "/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/deliveries/**").hasRole("ADMIN")
                        .requestMatchers("/account", "/account/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/approvals/**").hasAnyRole(ISSUERS)
                        .anyRequest().hasAnyRole(WRITERS))
                .formLogin(f -> {
                    // the web module's Vietnamese login page once it exists; until then Spring's own, also at /login
                    if (new ClassPathResource("templates/login.html").exists()) {
                        f.loginPage("/login");
                    }
                    f.successHandler(loginAudit.successHandler())
                            .failureHandler(failures)
                            .permitAll();
                })
                .addFilterAfter(new SessionAccountCheck(accounts, audit), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredForms()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(Customizer.withDefaults())
                .headers(h -> {
                    RequestMatcher swaggerUi = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
                    h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                            new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)));
                    h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                            new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
                    referrer(h);
                });
        return http.build();
    }

    private static void policies(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy));
        referrer(headers);
    }

    private static void referrer(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
