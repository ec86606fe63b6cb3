package vn.coordreport.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
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
     * A writer of XML, YAML, CBOR or Smile: of data in another structured format than JSON. Types are compared by
     * name: a writer of any type ({@code *}{@code /*}: bytes, text, files) stays.
     */
    private static boolean writesAnotherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype)
                .anyMatch(subtype -> subtype.equals("xml") || subtype.endsWith("+xml") || subtype.equals("yaml")
                        || subtype.equals("cbor") || subtype.contains("smile"));
    }
}
