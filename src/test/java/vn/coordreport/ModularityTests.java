package vn.coordreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CoordreportApplication.class);

    /** The tools (src/tools/java) compile with the tests: their classes, not the tests', join the product's. */
    private static final Pattern TOOL_CLASS =
            Pattern.compile(".*/test-classes/vn/coordreport/(tools|bench|generate)/(?!.*Tests(\\$[^/]*)?\\.class$).*");

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void theToolsOnlyUseWhatTheyDeclareAndTheProductNeedsNoTool() {
        ImportOption productAndTools = location -> !location.contains("/test-classes/") || location.matches(TOOL_CLASS);
        ApplicationModules withTools = ApplicationModules.of(CoordreportApplication.class, productAndTools);

        withTools.verify();
        assertThat(withTools.getModuleByName("tools")).isPresent();
        assertThat(MODULES.getModuleByName("bench")).isEmpty();
        assertThat(MODULES.getModuleByName("generate")).isEmpty();
    }

    /**
     * The architecture as pictures (PlantUML, C4) in docs/modules, committed: rewritten here when a module changes,
     * each file's lines in a fixed order so that an unchanged architecture leaves them unchanged.
     */
    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        Path folder = Path.of("docs", "modules");
        DiagramOptions everyModule = DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(everyModule)
                .writeIndividualModulesAsPlantUml(everyModule);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }

        String diagram = Files.readString(folder.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            assertThat(diagram).contains("\"" + module.getDisplayName() + "\"");
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        }
    }

    /** Runs of elements or relations (written in hash order) sorted; everything else where it was. */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> ordered = new ArrayList<>(lines);
        for (int start = 0; start < ordered.size(); start++) {
            String kind = kind(ordered.get(start));
            int end = start;
            while (kind != null && end < ordered.size() && kind.equals(kind(ordered.get(end)))) {
                end++;
            }
            Collections.sort(ordered.subList(start, end));
            start = Math.max(start, end - 1);
        }
        return ordered;
    }

    private static String kind(String line) {
        Matcher element = ELEMENT.matcher(line);
        return element.lookingAt() ? element.group(1) : null;
    }

    private static final Pattern ELEMENT = Pattern.compile("(\\s*(Component|Container|Rel)\\()");
}
