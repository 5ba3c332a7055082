package dev.headroom.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The drawing of the core's packages: no package cycle, the centre ({@code dev.headroom.compress}) knows no kind
 * package, and the public types are exactly the agreed list in {@code docs/public-api.md} (types in
 * {@code ..internal..} packages are public only for Java's sake and are not listed).
 */
class PackageStructureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.headroom");

    /** Each package is its own slice: a cycle between any two packages (not only top-level ones) fails. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "each package of dev.headroom";
        }
    };

    /** A {@code - `dev.headroom.X`} bullet of the agreed list. */
    private static final Pattern LISTED = Pattern.compile("^- `(dev\\.headroom\\.[\\w.$]+)`", Pattern.MULTILINE);

    @Test
    void should_have_no_package_cycle() {
        assertThat(CORE.size()).as("core classes imported").isGreaterThan(50);
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void should_keep_the_compression_centre_free_of_kind_packages() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass c : CORE) {
            if (!c.getPackageName().equals("dev.headroom.compress")) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().getPackageName().startsWith("dev.headroom.compress.")) {
                    violations.add(c.getName() + " -> " + d.getTargetClass().getName());
                }
            }
        }
        assertThat(violations).as("dev.headroom.compress must not depend on a kind package").isEmpty();
    }

    @Test
    void should_expose_exactly_the_agreed_public_types() throws IOException {
        Set<String> actual = new TreeSet<>();
        for (JavaClass c : CORE) {
            if (isApi(c) && !c.getPackageName().contains(".internal")) {
                actual.add(c.getName().replace('$', '.'));
            }
        }
        assertThat(actual).as("public types of the core; update docs/public-api.md on purpose")
                .containsExactlyElementsOf(agreed());
    }

    /** Public, and reachable: a nested type counts only when every type around it is public too. */
    private static boolean isApi(JavaClass c) {
        if (c.isAnonymousClass() || c.isLocalClass() || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return c.getEnclosingClass().map(PackageStructureTest::isApi).orElse(true);
    }

    private static Set<String> agreed() throws IOException {
        Path doc = Path.of("..", "docs", "public-api.md");
        Matcher m = LISTED.matcher(Files.readString(doc));
        Set<String> listed = new TreeSet<>();
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }
}
