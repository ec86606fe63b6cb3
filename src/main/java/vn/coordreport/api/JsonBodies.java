package vn.coordreport.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * How a request's JSON body is read: a number is no yes or no ({@code "final": 1} made a final); a word that is
 * neither is said with the word ({@code Trường 'final': 'co' không phải là true hoặc false.}). That a number is no
 * day either is {@code spring.jackson.default-leniency=false} (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies {

    @Bean
    JsonMapperBuilderCustomizer noNumberForAYesOrNo() {
        return builder -> builder.withCoercionConfig(LogicalType.Boolean,
                coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
