package vn.coordreport.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/** A server whose database holds look-alike codes says so once at start, where an operator reads its log. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LookAlikeWarning {

    private static final Logger log = LoggerFactory.getLogger(LookAlikeWarning.class);

    private final LookAlikes lookAlikes;

    LookAlikeWarning(LookAlikes lookAlikes) {
        this.lookAlikes = lookAlikes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutLookAlikes() {
        int found = lookAlikes.list().size();
        if (found > 0) {
            log.warn(Messages.text("log.lookAlikes", found));
        }
    }
}
