package dev.veil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package directions of docs/ARCHITECTURE.md and the AWS SDK out of the core. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.veil");
    }

    @Test
    void corePackagesNeverImportTheAwsSdk() {
        noClasses().that().resideInAnyPackage(
                        "dev.veil.detect..", "dev.veil.transform..", "dev.veil.document..",
                        "dev.veil.policy..", "dev.veil.pipeline..", "dev.veil.scan..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon.awssdk..", "com.amazonaws..")
                .check(classes);
    }

    @Test
    void packagesDependOneWayTopToBottom() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("detect").definedBy("dev.veil.detect..")
                .layer("transform").definedBy("dev.veil.transform..")
                .layer("document").definedBy("dev.veil.document..")
                .layer("policy").definedBy("dev.veil.policy..")
                .layer("pipeline").definedBy("dev.veil.pipeline..")
                .layer("scan").definedBy("dev.veil.scan..")
                .layer("aws").definedBy("dev.veil.aws..")
                .layer("lambda").definedBy("dev.veil.lambda..")
                .layer("gateway").definedBy("dev.veil.gateway..")
                .layer("cli").definedBy("dev.veil.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gateway").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("lambda").mayOnlyBeAccessedByLayers("gateway", "cli")
                .whereLayer("aws").mayOnlyBeAccessedByLayers("lambda", "gateway", "cli")
                .whereLayer("scan").mayOnlyBeAccessedByLayers("aws", "lambda", "gateway", "cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("aws", "lambda", "gateway", "cli")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("pipeline", "aws", "lambda", "gateway", "cli")
                .whereLayer("document").mayOnlyBeAccessedByLayers("policy", "pipeline", "scan", "aws", "lambda", "gateway", "cli")
                .whereLayer("transform").mayOnlyBeAccessedByLayers("document", "policy", "pipeline", "aws", "lambda", "gateway", "cli")
                .withOptionalLayers(true)
                .check(classes);
    }
}
