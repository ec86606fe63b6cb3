/**
 * What a user reads, from message bundles: {@code messages.properties}
 * (Vietnamese, the default) and {@code messages_en.properties} (English, with
 * {@code coordreport.locale=en} or, on the HTTP API, {@code Accept-Language: en}).
 * Every module that shows text looks it up here ({@link vn.coordreport.messages.Messages}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.coordreport.messages;
