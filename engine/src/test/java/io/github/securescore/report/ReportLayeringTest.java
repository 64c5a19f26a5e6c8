package io.github.securescore.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** History and reports are engine parts every front end shares: they never reach into a front end. */
class ReportLayeringTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.securescore");

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
