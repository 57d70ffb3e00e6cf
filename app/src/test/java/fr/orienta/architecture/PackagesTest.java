package fr.orienta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core's packages, by capability, as the README draws them: no cycle between them (each can be
 * read with only what it stands on), nothing depends on {@code application}, which puts the others
 * together, and the SPI never on the core.
 */
class PackagesTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fr.orienta");

  @Test
  void packagesHaveNoCycle() {
    slices().matching("fr.orienta.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void nothingDependsOnTheApplicationThatPutsTheCapabilitiesTogether() {
    noClasses()
        .that()
        .resideOutsideOfPackage("fr.orienta.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("fr.orienta.application..")
        .check(CORE);
  }
}
