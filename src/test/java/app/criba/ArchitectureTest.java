package app.criba;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import app.criba.scoring.Grade;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the code laid out by feature, with web code at the edges and a framework-free scoring engine. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.criba");

    @Test
    void scoringEngineIsPureJava() {
        classes().that().resideInAPackage("app.criba.scoring.engine..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "app.criba.scoring.engine..")
                        .or(JavaClass.Predicates.belongToAnyOf(Grade.class)))
                .check(CLASSES);
        noClasses().that().resideInAPackage("app.criba.scoring.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("app.criba..web..")
                .check(CLASSES);
    }

    @Test
    void onlyWebCodeUsesWebPackages() {
        noClasses().that().resideOutsideOfPackage("app.criba..web..")
                .should().dependOnClassesThat().resideInAPackage("app.criba..web..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("app.criba.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }
}
