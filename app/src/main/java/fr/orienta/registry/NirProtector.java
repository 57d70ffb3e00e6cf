package fr.orienta.registry;

import fr.orienta.spi.Identifiers;
import fr.orienta.spi.Values;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The NIR is used to recognise a person across imports, then kept only as a keyed hash
 * (HMAC-SHA256) and a masked form. The key comes from {@code orienta.security.nir-key} when an
 * operator sets it, else it is generated once and kept in the database, so that hashes stay
 * comparable across restarts without a NIR ever being stored.
 */
@ApplicationScoped
public class NirProtector {

  static final String SECRET_NAME = "nir-hmac-key";

  @Resource(lookup = "jdbc/orienta")
  DataSource dataSource;

  private volatile SecretKeySpec key;

  /** The keyed hash of a valid NIR, as 64 hexadecimal characters. */
  public String hash(String nir) {
    String compact = Identifiers.compact(nir);
    if (!Identifiers.isValidNir(compact)) {
      throw new IllegalArgumentException("invalid NIR");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return HexFormat.of().formatHex(mac.doFinal(compact.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** What may be shown: the first characters and a mask. */
  public String mask(String nir) {
    return Values.maskNir(nir);
  }

  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(loadOrCreate(), "HmacSHA256");
        }
        current = key;
      }
    }
    return current;
  }

  private byte[] loadOrCreate() {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("orienta.security.nir-key", String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      return configured.get().getBytes(StandardCharsets.UTF_8);
    }
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> stored = read(connection);
      if (stored.isPresent()) {
        return Base64.getDecoder().decode(stored.get());
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO app_secret (name, secret_value) VALUES (?, ?)")) {
        insert.setString(1, SECRET_NAME);
        insert.setString(2, Base64.getEncoder().encodeToString(fresh));
        insert.executeUpdate();
        return fresh;
      } catch (SQLException raced) {
        // Another thread or node created it first: theirs is the key.
        return Base64.getDecoder().decode(read(connection).orElseThrow(() -> raced));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("NIR hash key unavailable", e);
    }
  }

  private static Optional<String> read(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT secret_value FROM app_secret WHERE name = ?")) {
      select.setString(1, SECRET_NAME);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
