package fr.orienta.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploads wait for their import: one file per upload in {@code <orienta.data.dir>/imports},
 * shared by every CPTS under random names. The files hold patient data: each goes as soon as no
 * import needs it.
 */
@ApplicationScoped
public class UploadFiles {

  private static final String SUFFIX = ".upload";

  @Inject
  @ConfigProperty(name = "orienta.data.dir", defaultValue = "data")
  String dataDir;

  /** Keeps an upload's content until it is imported or expires. */
  Path store(byte[] content) {
    try {
      Path directory = directory();
      Files.createDirectories(directory);
      Path file = directory.resolve(UUID.randomUUID() + SUFFIX);
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Impossible d'enregistrer le fichier importé", e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover upload is removed by the next sweep; the import itself is done.
    }
  }

  /**
   * Deletes the upload files last written before {@code cutoff} that no import of any CPTS may
   * still read ({@code inUse}): a file stored just before a crash, before its import was recorded,
   * or one whose deletion failed. Returns how many.
   */
  int sweep(Set<Path> inUse, Instant cutoff) {
    Path directory = directory();
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    Set<Path> kept =
        inUse.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
    int swept = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        // A file stored a moment ago may belong to an upload whose import is being recorded.
        if (!kept.contains(file.toAbsolutePath().normalize())
            && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
            && Files.deleteIfExists(file)) {
          swept++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Impossible de parcourir les fichiers d'import", e);
    }
    return swept;
  }

  private Path directory() {
    return Path.of(dataDir, "imports");
  }
}
