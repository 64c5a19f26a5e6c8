package io.github.securescore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's layering (DESIGN.md): data flows snapshot → controls → score → gate, front ends
 * sit on top, and the library never imports Maven or Jenkins.
 */
@AnalyzeClasses(packages = "io.github.securescore", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.github.securescore";

    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_THE_CLI = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
            .because("the CLI is one front end; the engine serves all three");

    @ArchTest
    static final ArchRule CONTROLS_KNOW_NOTHING_OF_SCORING = noClasses()
            .that().resideInAPackage(ROOT + ".controls..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".score..", ROOT + ".report..",
                    ROOT + ".history..", ROOT + ".gate..", ROOT + ".policy..")
            .because("an evaluator says what is protected; statuses, points and gates come later");

    @ArchTest
    static final ArchRule SNAPSHOT_IS_THE_BOTTOM_LAYER = noClasses()
            .that().resideInAPackage(ROOT + ".snapshot..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".controls..", ROOT + ".score..",
                    ROOT + ".policy..", ROOT + ".gate..", ROOT + ".history..", ROOT + ".report..", ROOT + ".cli..",
                    ROOT + ".check..", ROOT + ".graph..")
            .because("a snapshot is recorded Graph data and nothing else");

    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule NO_BUILD_TOOL_IMPORTS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "hudson..", "jenkins..",
                    "org.jenkinsci..", "org.kohsuke.stapler..")
            .because("the engine is a pure library; the plugins are thin glue around it");
}
