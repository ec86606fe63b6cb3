package vn.coordreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDataTests {

    private static final GenerateOptions SMALL = new GenerateOptions(3, 4, 3, 2024, 20_000, 1);

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path temp) throws IOException {
        // given
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Path other = temp.resolve("other");

        // when
        List<GeneratedFile> files = DataGenerator.write(SMALL, first);
        DataGenerator.write(SMALL, second);
        DataGenerator.write(new GenerateOptions(3, 4, 3, 2024, 20_000, 2), other);

        // then
        assertThat(files).extracting(f -> f.path().getFileName().toString()).containsExactly("agencies.csv",
                "agreements.csv", "records.csv", "results.csv", "limitations.csv", "tasks.csv", "targets.csv",
                "commendations.csv", "conferences.csv", "recipients.csv");
        for (GeneratedFile file : files) {
            String name = file.path().getFileName().toString();
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name))).as(name).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(first.resolve("records.csv"), other.resolve("records.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void theFilesHaveTheAskedShape(@TempDir Path folder) throws IOException {
        // when
        List<GeneratedFile> files = DataGenerator.write(SMALL, folder);

        // then
        assertThat(rows(files, "agencies.csv")).isEqualTo(9);
        assertThat(rows(files, "agreements.csv")).isEqualTo(12);
        assertThat(rows(files, "records.csv")).isEqualTo(20_000);
        for (GeneratedFile file : files) {
            try (var lines = Files.lines(file.path())) {
                assertThat(lines.count() - 1).as(file.path().toString()).isEqualTo(file.rows());
            }
        }
        List<String> agreements = Files.readAllLines(folder.resolve("agreements.csv"));
        assertThat(agreements.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct()).hasSize(12);
        assertThat(agreements.get(1)).startsWith("01/QCPH-SNgV-BĐBP-HN,").contains("Hà Nội");
        assertThat(Files.readString(folder.resolve("agencies.csv"))).contains("SNGV-LCH,Sở Ngoại vụ,Lai Châu,UBND tỉnh Lai Châu,GIÁM ĐỐC");
        try (var records = Files.lines(folder.resolve("records.csv"))) {
            assertThat(records.skip(1).allMatch(l -> l.split(",", -1)[2].compareTo("2022-01-01") >= 0
                    && l.split(",", -1)[2].compareTo("2024-12-31") <= 0)).isTrue();
        }
        try (var records = Files.lines(folder.resolve("records.csv"))) {
            assertThat(records.filter(l -> l.contains(",NGO_PROJECT,")).allMatch(l -> !l.split(",", -1)[4].isEmpty())).isTrue();
        }
    }

    @Test
    void eachAgreementsRecordsComeTogetherInDateOrderAndSpanEveryYearAndMonth(@TempDir Path folder) throws IOException {
        // when
        DataGenerator.write(SMALL, folder);

        // then
        List<String[]> records = Files.readAllLines(folder.resolve("records.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        Set<String> finished = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            String[] before = records.get(i - 1);
            String[] row = records.get(i);
            if (before[0].equals(row[0])) {
                assertThat(row[2]).as("line %d", i + 2).isGreaterThanOrEqualTo(before[2]);
            } else {
                assertThat(finished.add(before[0])).as("%s comes in one run of lines", before[0]).isTrue();
            }
        }
        // 12 agreements: every run of lines but the last was followed by another agreement's
        assertThat(finished).hasSize(11);
        // the dates still spread over the 3 years' 36 months, and the indicators over the catalogue
        assertThat(records.stream().map(r -> r[2].substring(0, 7)).distinct()).hasSize(36);
        assertThat(records.stream().map(r -> r[1]).distinct().count()).isGreaterThan(15);
    }

    @Test
    void provincesBeyondThirtyFourRepeatWithANumber(@TempDir Path folder) throws IOException {
        // when
        DataGenerator.write(new GenerateOptions(36, 1, 1, 2024, 10, 1), folder);

        // then
        assertThat(Files.readString(folder.resolve("agencies.csv"))).contains(",Hà Nội 2,UBND thành phố Hà Nội 2,")
                .contains(",Huế 2,");
    }

    private static long rows(List<GeneratedFile> files, String name) {
        return files.stream().filter(f -> f.path().getFileName().toString().equals(name)).findFirst().orElseThrow().rows();
    }
}
