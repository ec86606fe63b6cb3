package vn.coordreport.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says about the API as a whole: its name and the
 * build's version, and the two ways to sign in (HTTP Basic, or an API token as
 * a Bearer token), either of which every operation accepts. Only {@code /api/**}
 * is described ({@code springdoc.paths-to-match}): the pages' own endpoints are not an API.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI coordreportApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("coordreport HTTP API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Imports, agreements, report requests, archived reports, jobs and deliveries "
                                + "of coordreport. Errors are RFC 9457 problem details; a user limited to a province "
                                + "sees nothing of another."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user's name and password (coordreport users add)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("crt_...")
                                .description("An API token (coordreport users token USERNAME).")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
