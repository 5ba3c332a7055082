package dev.headroom.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * langchain4j-headroom-bom names every published library artifact of this build at the build's version, and
 * nothing else (no test-only module, no sample). A new library module, or a version bump that misses the BOM,
 * fails here.
 */
class BomTest {

    private static final Path ROOT = root();
    private static final List<String> LIBRARIES = List.of("langchain4j-headroom", "langchain4j-headroom-spring-boot-starter");

    @Test
    void should_manage_every_library_artifact_at_the_build_version() throws Exception {
        // given
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("langchain4j-headroom-bom/pom.xml"));
        String version = first(parent, "<artifactId>langchain4j-headroom-parent</artifactId>\\s*<version>([^<]+)</version>");

        // when
        List<String> managed = new ArrayList<>();
        Matcher m = Pattern.compile("<groupId>dev\\.headroom</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
        while (m.find()) {
            managed.add(m.group(1));
            assertThat(m.group(2)).as("version of %s in the BOM", m.group(1)).isEqualTo(version);
        }

        // then
        assertThat(first(bom, "<artifactId>langchain4j-headroom-bom</artifactId>\\s*<version>([^<]+)</version>")).isEqualTo(version);
        assertThat(managed).containsExactlyElementsOf(LIBRARIES);
        for (String library : LIBRARIES) {
            assertThat(parent).contains("<module>" + library + "</module>");
        }
    }

    /** The build's root, found by walking up: the tests here run in the core module's directory. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("langchain4j-headroom-bom"))) {
                return dir;
            }
        }
        throw new AssertionError("no langchain4j-headroom-bom above " + Path.of("").toAbsolutePath());
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the POM", regex).isTrue();
        return m.group(1);
    }
}
