package vn.coordreport.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.coordreport.messages.Messages;

/**
 * What {@code /v3/api-docs} says about the API as a whole: its name and the
 * build's version, and the two ways to sign in (HTTP Basic, or an API token as
 * a Bearer token), either of which every operation accepts. Only {@code /api/**}
 * is described ({@code springdoc.paths-to-match}): the pages' own endpoints are not an API.
 * <p>
 * Every text is the reader's: the controllers' {@code @Tag} and {@code @Operation} name message keys
 * ({@code api.doc.*}), which springdoc looks up in the application's {@code MessageSource} in the request's language
 * ({@code coordreport.locale}, Vietnamese by default), and the texts of the whole are set here in the same language.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI coordreportApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().version(properties == null ? "development" : properties.getVersion()))
                // the server that serves the description, however it is reached (springdoc's own says so in English)
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("crt_...")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The groups ({@code @Tag} of each controller, {@code api.doc.tag.*}) in the order of the office's work. */
    private static final List<String> GROUPS = List.of("imports", "agreements", "requests", "reports", "approvals",
            "deliveries", "jobs");

    /**
     * The whole's texts, in the language of the description springdoc builds (from a copy of the bean, per language),
     * and its groups in the order of the work (Swagger UI shows them in the order they are listed).
     */
    @Bean
    OpenApiLocaleCustomizer coordreportApiTexts() {
        return (api, locale) -> {
            api.tags(GROUPS.stream().map(group -> new Tag().name(Messages.text(locale, "api.doc.tag." + group))).toList());
            api.getInfo().title(Messages.text(locale, "api.doc.title"))
                    .description(Messages.text(locale, "api.doc.description"));
            api.getServers().forEach(server -> server.description(Messages.text(locale, "api.doc.server")));
            Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
            schemes.get(BASIC).description(Messages.text(locale, "api.doc.basic"));
            schemes.get(BEARER).description(Messages.text(locale, "api.doc.bearer"));
            problems(api, locale);
        };
    }

    /**
     * The problems every operation may answer, as RFC 9457 problem details: bad input (400), no or wrong credentials
     * (401), a role or province that may not (403), and, where the address names something ({@code /{id}}), not
     * found (404); springdoc documents only the answer a method returns (200), and a client read nothing of the rest.
     */
    private static void problems(OpenAPI api, java.util.Locale locale) {
        api.getComponents().addSchemas(PROBLEM, new io.swagger.v3.oas.models.media.ObjectSchema()
                .description(Messages.text(locale, "api.doc.problem"))
                .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema()));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method + " " + path;
            io.swagger.v3.oas.models.responses.ApiResponses responses = operation.getResponses();
            // what the handler answers instead of the 200 springdoc reads from its return type
            String answered = ANSWERED.get(key);
            if (answered != null && responses.containsKey("200")) {
                responses.put(answered, responses.remove("200").description(Messages.text(locale,
                        "http.status." + answered)));
            }
            if (key.equals("POST /api/imports") && responses.containsKey("200")) {
                // an import applied is created (201); one checked, or sent before, is answered 200
                responses.putIfAbsent("201", new io.swagger.v3.oas.models.responses.ApiResponse()
                        .description(Messages.text(locale, "http.status.201"))
                        .content(responses.get("200").getContent()));
            }
            List<String> codes = new java.util.ArrayList<>(List.of("400", "401", "403", "406"));
            if (path.contains("{") || path.equals("/api/agreement") || key.equals("POST /api/report-requests")) {
                codes.add("404");
            }
            codes.addAll(MORE.getOrDefault(key, List.of()));
            if (path.startsWith("/api/approvals/{id}/") && method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST) {
                codes.add("409");
            }
            for (String code : codes) {
                responses.putIfAbsent(code, new io.swagger.v3.oas.models.responses.ApiResponse()
                        .description(Messages.text(locale, "http.status." + code))
                        .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                                new io.swagger.v3.oas.models.media.MediaType().schema(
                                        new io.swagger.v3.oas.models.media.Schema<>().$ref(
                                                "#/components/schemas/" + PROBLEM)))));
            }
        }));
    }

    /** The operations that answer another success than 200: a report request is taken (202). */
    private static final Map<String, String> ANSWERED = Map.of("POST /api/report-requests", "202");

    /**
     * The problems some operations answer besides the common ones: an upload too large (413) or rejected line by
     * line (422), a full queue (503), a locked key (429).
     */
    private static final Map<String, List<String>> MORE = Map.of(
            "POST /api/imports", List.of("413", "422"),
            "POST /api/report-requests", List.of("503"),
            // a key given wrong passwords too often is locked for a while (Retry-After)
            "POST /api/approvals/{id}/sign", List.of("429"),
            "POST /api/approvals/{id}/issue", List.of("429"));

    /** The schema of a problem's body. */
    private static final String PROBLEM = "Problem";
}
