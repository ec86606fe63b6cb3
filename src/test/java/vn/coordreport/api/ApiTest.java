package vn.coordreport.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import vn.coordreport.support.PostgresInitializer;

/**
 * The application as {@code serve} runs it, on a random port against a real
 * PostgreSQL database shared by the API tests (one context), with uploads
 * limited to 1 MB so that an oversized one is cheap to send.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "coordreport.test.database=ApiTests",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=2MB"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@interface ApiTest {
}
