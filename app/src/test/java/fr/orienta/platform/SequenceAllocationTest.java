package fr.orienta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The provider hands out {@code allocation-size} ids for each value it takes from the sequence: an
 * allocation larger than the sequence's increment would give two servers (or two restarts) the same
 * ids. The increment is the one the last migration that set it left.
 */
class SequenceAllocationTest {

  private static final Pattern ALLOCATION =
      Pattern.compile("sequence-name=\"orienta_seq\" allocation-size=\"(\\d+)\"");
  private static final Pattern INCREMENT =
      Pattern.compile("SEQUENCE orienta_seq .*INCREMENT BY (\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void theProvidersAllocationIsTheSequencesIncrement() throws Exception {
    String orm;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/orm.xml")) {
      orm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher allocation = ALLOCATION.matcher(orm);
    assertThat(allocation.find()).as("allocation-size in orm.xml").isTrue();

    String increment = null;
    for (Path migration : migrations()) {
      Matcher set = INCREMENT.matcher(Files.readString(migration));
      while (set.find()) {
        increment = set.group(1);
      }
    }
    assertThat(increment).as("INCREMENT BY in the migrations").isNotNull();
    assertThat(allocation.group(1)).isEqualTo(increment);
  }

  private List<Path> migrations() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("/db/migration").toURI());
    Path vendors = Path.of(getClass().getResource("/db/vendor").toURI());
    try (Stream<Path> common = Files.walk(root);
        Stream<Path> vendor = Files.walk(vendors)) {
      return Stream.concat(common, vendor)
          .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(SequenceAllocationTest::version))
          .toList();
    }
  }

  private static int version(Path migration) {
    Matcher version = VERSION.matcher(migration.getFileName().toString());
    version.matches();
    return Integer.parseInt(version.group(1));
  }
}
