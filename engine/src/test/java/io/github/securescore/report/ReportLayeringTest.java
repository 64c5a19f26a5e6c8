package io.github.securescore.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** History and reports are engine parts every front end shares: they never reach into a front end. */
class ReportLayeringTest {

    /** The engine's own classes only (scanning the whole classpath for the package takes many seconds). */
    private static final JavaClasses engine = new ClassFileImporter()
            .importPath(java.nio.file.Path.of("target", "classes", "io", "github", "securescore"));

    @Test
    void historyKnowsNothingOfReportsCheckOrCli() {
        noClasses().that().resideInAPackage("..history..")
                .should().dependOnClassesThat().resideInAnyPackage("..report..", "..check..", "..cli..")
                .check(engine);
    }

    @Test
    void reportsDoNotDependOnTheCli() {
        noClasses().that().resideInAnyPackage("..report..", "..check..")
                .should().dependOnClassesThat().resideInAPackage("..cli..")
                .check(engine);
    }

    @Test
    void renderersDoNotReadFilesOrTenants() {
        noClasses().that().resideInAPackage("..report..")
                .should().dependOnClassesThat().resideInAnyPackage("..snapshot..", "..graph..")
                .check(engine);
    }
}
