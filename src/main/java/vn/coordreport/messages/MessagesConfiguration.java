package vn.coordreport.messages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's {@link MessageSource} is the bundle {@link Messages} reads. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }
}
