package io.seatkeeper.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The README's Configuration tables name every setting the server reads, with its env name. */
class ConfigurationDocsTest {

    private static final Path README = Path.of("README.md");

    @Test
    void everySettingHasARowWithItsKeyAndEnvironmentVariable() {
        List<String> rows = configurationRows();

        Set<String> missing = new TreeSet<>();
        for (String key : ServerSources.allKeys()) {
            String env = ServerSources.envName(key);
            boolean listed = rows.stream()
                .anyMatch(row -> row.contains("`" + key + "`") && row.contains("`" + env + "`"));
            if (!listed) {
                missing.add(key + " (" + env + ")");
            }
        }

        assertEquals(Set.of(), missing, "settings without a row in README's Configuration");
    }

    /** The table rows of the README's Configuration section. */
    private static List<String> configurationRows() {
        String readme = ServerSources.read(README);
        int start = readme.indexOf("\n## Configuration\n");
        assertTrue(start >= 0, "README has a Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        return section.lines().filter(line -> line.startsWith("|")).toList();
    }
}
