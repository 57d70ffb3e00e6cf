package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Refusals say why from the bundle: every key a service names has a text that formats. */
class RefusalTest {

  private static final Pattern USE =
      Pattern.compile("Refusal\\.(?:invalid|notFound|conflict)\\(\\s*\"([^\"]+)\"\\s*([,)])");

  @Test
  void aRefusalReadsItsTextInFrenchWithItsArguments() {
    Refusal refusal = Refusal.invalid("refusal.import.format", "cpam-v2");

    assertThat(refusal.getMessage()).isEqualTo("Format d'import inconnu : cpam-v2.");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(Refusal.conflict("refusal.import.done").getMessage())
        .isEqualTo("Cet import est déjà terminé.");
  }

  @Test
  void someoneElsesChangeAtTheSameTimeIsAConflictWhereverItIsWrapped() {
    // As Liberty throws it when a transaction's commit finds a version someone else has moved.
    var atCommit =
        new TransactionalException(
            "rolled back",
            new RollbackException("before completion")
                .initCause(new OptimisticLockException("version moved")));

    assertThat(Refusal.ifConcurrentChange(atCommit))
        .hasValueSatisfying(
            refusal -> {
              assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
              assertThat(refusal.getMessage()).startsWith("Quelqu'un d'autre a modifié");
            });
    assertThat(Refusal.ifConcurrentChange(new PessimisticLockException())).isPresent();
    assertThat(Refusal.ifConcurrentChange(new TransactionalException("x", new IOException())))
        .isEmpty();
    assertThat(Refusal.ifConcurrentChange(new IllegalStateException())).isEmpty();
  }

  @Test
  void aRefusalIsFoundInsideTheExceptionsTheContainerWrapsItIn() {
    Refusal refusal = Refusal.invalid("refusal.input.boolean", "ald");

    assertThat(Refusal.within(new RuntimeException("RESTEASY003870", refusal)))
        .containsSame(refusal);
    assertThat(Refusal.within(refusal)).containsSame(refusal);
    assertThat(Refusal.within(new IllegalStateException(new IOException()))).isEmpty();
  }

  @Test
  void aKeyWithoutTextIsShownAsSuch() {
    assertThat(Refusal.notFound("refusal.nothing").getMessage()).isEqualTo("???refusal.nothing???");
  }

  @Test
  void everyRefusalOfTheServicesHasATextThatFormats() throws IOException {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE);
    List<String> uses = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher use = USE.matcher(Files.readString(source));
        while (use.find()) {
          String key = use.group(1);
          boolean withArguments = use.group(2).equals(",");
          uses.add(key);
          assertThat(bundle.containsKey(key)).as(key + " in " + source).isTrue();
          String text = bundle.getString(key);
          if (withArguments) {
            // An unpaired quote would leave « {0} » as it is.
            assertThat(Messages.french(key, "X", "Y")).as(key).doesNotContain("{").contains("X");
          } else {
            // Printed as it is: a quote written twice would show twice.
            assertThat(text).as(key).doesNotContain("{").doesNotContain("''");
          }
        }
      }
    }
    assertThat(uses).as("refusals found in the sources").hasSizeGreaterThan(15);
  }
}
