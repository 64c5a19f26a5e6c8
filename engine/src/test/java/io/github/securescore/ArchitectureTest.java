package io.github.securescore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's layering (DESIGN.md): data flows snapshot → controls → score → gate, front ends
 * sit on top, and the library never imports Maven or Jenkins.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.securescore";

    private static JavaClasses engine;

    /**
     * The engine's main classes only. Library classes they use are not resolved from the class
     * path: the rules look at package names alone, and resolving them costs seconds.
     */
    @BeforeAll
    static void importEngine() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    static final ArchRule NOTHING_DEPENDS_ON_THE_CLI = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
            .because("the CLI is one front end; the engine serves all three");

    static final ArchRule CONTROLS_KNOW_NOTHING_OF_SCORING = noClasses()
            .that().resideInAPackage(ROOT + ".controls..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".score..", ROOT + ".report..",
                    ROOT + ".history..", ROOT + ".gate..", ROOT + ".policy..")
            .because("an evaluator says what is protected; statuses, points and gates come later");

    static final ArchRule SNAPSHOT_IS_THE_BOTTOM_LAYER = noClasses()
            .that().resideInAPackage(ROOT + ".snapshot..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".controls..", ROOT + ".score..",
                    ROOT + ".policy..", ROOT + ".gate..", ROOT + ".history..", ROOT + ".report..", ROOT + ".cli..",
                    ROOT + ".check..", ROOT + ".graph..")
            .because("a snapshot is recorded Graph data and nothing else");

    static final ArchRule PACKS_ARE_EVALUATORS = noClasses()
            .that().resideInAPackage(ROOT + ".pack..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".score..", ROOT + ".report..",
                    ROOT + ".history..", ROOT + ".gate..", ROOT + ".policy..", ROOT + ".check..", ROOT + ".graph..")
            .because("a pack decides requirements on a snapshot; gates, reports and history consume its results");

    static final ArchRule PACKS_ARE_FOUND_NOT_NAMED = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".pack.scuba..", ROOT + ".pack.cis..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".pack.scuba..", ROOT + ".pack.cis..")
            .because("packs are found through ServiceLoader, so adding one changes nothing outside its package");

    static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    static final ArchRule NO_BUILD_TOOL_IMPORTS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "hudson..", "jenkins..",
                    "org.jenkinsci..", "org.kohsuke.stapler..")
            .because("the engine is a pure library; the plugins are thin glue around it");

    @Test
    void nothingDependsOnTheCli() {
        NOTHING_DEPENDS_ON_THE_CLI.check(engine);
    }

    @Test
    void controlsKnowNothingOfScoring() {
        CONTROLS_KNOW_NOTHING_OF_SCORING.check(engine);
    }

    @Test
    void snapshotIsTheBottomLayer() {
        SNAPSHOT_IS_THE_BOTTOM_LAYER.check(engine);
    }

    @Test
    void packsAreEvaluators() {
        PACKS_ARE_EVALUATORS.check(engine);
    }

    @Test
    void packsAreFoundNotNamed() {
        PACKS_ARE_FOUND_NOT_NAMED.check(engine);
    }

    @Test
    void noCycles() {
        NO_CYCLES.check(engine);
    }

    @Test
    void noBuildToolImports() {
        NO_BUILD_TOOL_IMPORTS.check(engine);
    }
}
