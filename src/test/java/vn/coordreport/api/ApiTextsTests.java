package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.messages.Messages;

/**
 * The API's description names message keys ({@code api.doc.*}) that springdoc resolves in the reader's language
 * (ApiDescription): every controller is in a group, and every key has its Vietnamese and its English text. A key the
 * bundle lacks would reach the reader as the key itself; one the English bundle lacks, as Vietnamese.
 */
class ApiTextsTests {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void everyGroupAndOperationOfTheApiIsWrittenInVietnameseAndInEnglish() throws ClassNotFoundException {
        List<Class<?>> controllers = controllers();
        List<String> keys = new ArrayList<>();
        for (Class<?> controller : controllers) {
            Tag tag = controller.getAnnotation(Tag.class);
            assertThat(tag).as(controller.getSimpleName() + " has a group (@Tag)").isNotNull();
            keys.add(tag.name());
            // no description: on a phone Swagger UI squeezes it into a column beside the group's name
            assertThat(tag.description()).as(controller.getSimpleName()).isEmpty();
            Stream.of(controller.getDeclaredMethods()).map(m -> m.getAnnotation(Operation.class))
                    .filter(o -> o != null).forEach(o -> {
                        keys.add(o.summary());
                        if (!o.description().isEmpty()) {
                            keys.add(o.description());
                        }
                    });
        }

        assertThat(controllers).hasSizeGreaterThanOrEqualTo(7);
        assertThat(keys).hasSizeGreaterThan(35).allSatisfy(key -> {
            assertThat(key).startsWith("api.doc.");
            String vietnamese = Messages.text(Messages.VIETNAMESE, key);
            String english = Messages.text(ENGLISH, key);
            assertThat(vietnamese).as(key).isNotBlank().doesNotContain("''").isNotEqualTo(english);
            assertThat(english).as(key).isNotBlank().doesNotContain("''");
        });
        assertThat(Messages.text(Messages.VIETNAMESE, "api.doc.jobs.list.summary")).contains("trang Tác vụ");
        assertThat(Messages.text(ENGLISH, "api.doc.approvals.sign.summary")).contains("user's key");
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents("vn.coordreport.api")) {
            found.add(Class.forName(definition.getBeanClassName()));
        }
        return found;
    }
}
