package fr.orienta.bench;

import fr.orienta.imports.HeaderMapping;
import fr.orienta.imports.TabularFile;
import fr.orienta.imports.TabularRow;
import fr.orienta.platform.CopyText;
import fr.orienta.registry.IdentityKey;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.Values;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rows of a listing as the import stores them, written as a PostgreSQL {@code COPY} text file
 * for the reference load: the file is read the way the import reads it ({@link TabularFile}, the
 * {@link HeaderMapping} and the adapter itself), then each accepted record becomes a {@code person}
 * row — normalised names, birth date, sex, commune, phones, ALD, CSS, keyed NIR hash (HMAC-SHA256
 * with a bench key), masked NIR and identity key.
 */
final class NormalisedRows {

  /** The columns of {@code person} the reference fills, in the order of the COPY file. */
  static final String COLUMNS =
      "id, tenant_code, version, last_name, usage_name, first_name, birth_date, sex, address,"
          + " postal_code, commune_name, insee_code, phone, mobile, email, ald, ald_code, css,"
          + " last_doctor_rpps, last_doctor_end, status, registered_on, created_at, updated_at,"
          + " nir_hash, nir_masked, identity_key, last_name_key, first_name_key";

  private NormalisedRows() {}

  /**
   * Writes the COPY file; returns how many rows were accepted.
   *
   * @param firstId the id of the first row (ids then follow one by one)
   */
  static long write(Path listing, PatientSource adapter, String tenant, long firstId, Path copyFile)
      throws IOException {
    Mac mac = hmac();
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    long id = firstId;
    try (TabularFile file = TabularFile.open(listing, listing.getFileName().toString());
        Stream<TabularRow> rows = file.rows();
        BufferedWriter out = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
      HeaderMapping mapping = HeaderMapping.of(file.header(), adapter.fields(), Map.of());
      if (!mapping.isComplete()) {
        throw new IllegalStateException("Listing not recognised: " + mapping.problems());
      }
      StringBuilder line = new StringBuilder(512);
      CopyText text = new CopyText();
      for (var iterator = rows.iterator(); iterator.hasNext(); ) {
        RowResult result = adapter.read(mapping.row(iterator.next()));
        if (!result.isAccepted()) {
          continue;
        }
        PatientRecord r = result.record();
        String nirHash =
            r.nir() == null
                ? null
                : HexFormat.of().formatHex(mac.doFinal(r.nir().getBytes(StandardCharsets.UTF_8)));
        line.setLength(0);
        cell(text, line, id++);
        cell(text, line, tenant);
        cell(text, line, 1);
        cell(text, line, r.lastName());
        cell(text, line, r.usageName());
        cell(text, line, r.firstName());
        cell(text, line, r.birthDate());
        cell(text, line, r.sex() == null ? null : r.sex().name());
        cell(text, line, r.address());
        cell(text, line, r.postalCode());
        cell(text, line, r.communeName());
        cell(text, line, r.inseeCode());
        cell(text, line, r.phone());
        cell(text, line, r.mobile());
        cell(text, line, r.email());
        cell(text, line, Boolean.TRUE.equals(r.ald()));
        cell(text, line, Boolean.TRUE.equals(r.ald()) ? r.aldCode() : null);
        cell(text, line, Boolean.TRUE.equals(r.css()));
        cell(text, line, r.lastDoctorRpps());
        cell(text, line, r.lastDoctorEnd());
        cell(text, line, "WAITING");
        cell(text, line, today);
        cell(text, line, now);
        cell(text, line, now);
        cell(text, line, nirHash);
        cell(text, line, Values.maskNir(r.nir()));
        cell(text, line, IdentityKey.of(r.lastName(), r.firstName(), r.birthDate(), r.inseeCode()));
        cell(text, line, IdentityKey.plain(r.lastName()));
        cell(text, line, IdentityKey.plain(r.firstName()));
        line.setCharAt(line.length() - 1, '\n');
        out.append(line);
      }
    }
    return id - firstId;
  }

  private static void cell(CopyText text, StringBuilder line, Object value) {
    text.append(line, value);
    line.append('\t');
  }

  private static Mac hmac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec("orienta-bench-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
