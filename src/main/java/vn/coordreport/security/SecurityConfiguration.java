package vn.coordreport.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three filter chains, as the URL table of the README says: the actuator
 * (health open, the rest ADMIN, HTTP Basic), the HTTP API (stateless, HTTP
 * Basic or a Bearer API token, no CSRF, 401/403 as problem details) and the
 * staff pages (form login at /login, CSRF, logout). Whatever no rule names is
 * refused: reads need a role, writes OPERATOR or ADMIN, the issuing steps
 * (under /approvals) REVIEWER, SIGNER or CLERK.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] READERS = {"VIEWER", "OPERATOR", "ADMIN", "REVIEWER", "SIGNER", "CLERK"};
    private static final String[] WRITERS = {"OPERATOR", "ADMIN"};
    /** The issuing steps: which of them a user may take is the issuing module's check. */
    private static final String[] ISSUERS = {"REVIEWER", "SIGNER", "CLERK"};

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, UserAccounts accounts, AuditLog audit) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/approvals/**").hasAnyRole(ISSUERS)
                        .anyRequest().hasAnyRole(WRITERS))
                .addFilterBefore(new BearerTokenFilter(accounts, audit, problems), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems).realmName(ProblemResponses.REALM))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, LoginAudit loginAudit) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
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
                            .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                            .permitAll();
                })
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(Customizer.withDefaults());
        return http.build();
    }
}
