package fr.orienta.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.core.BaseConnection;

/**
 * Brings the schema up to date with Flyway before anything touches the database. A database that
 * cannot be reached stops start-up with a message that names the settings to check.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/orienta")
  DataSource dataSource;

  // Migrations that need Java (V8 computes the names' search keys as the registry does) are beans
  // of the capability they serve.
  @Inject @Any Instance<JavaMigration> javaMigrations;

  private volatile String product = "?";
  private volatile int applied;

  /** Flyway as the application runs it, for a database of the given vendor folder. */
  static FluentConfiguration configuration(
      DataSource dataSource, String vendorFolder, JavaMigration... javaMigrations) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        // What only one database can do (PostgreSQL's pattern indexes) lives in its own folder;
        // Flyway's {vendor} placeholder is not resolved by its WebSphere classpath scanner.
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendorFolder)
        .javaMigrations(javaMigrations)
        .failOnMissingLocations(true);
  }

  public void migrate() {
    checkConnection();
    MigrateResult result =
        configuration(
                dataSource,
                vendorFolder(product),
                javaMigrations.stream().toArray(JavaMigration[]::new))
            .load()
            .migrate();
    applied = result.migrationsExecuted;
    LOG.info(
        () ->
            "Schéma de la base à jour (version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) appliquée(s)) sur "
                + product);
  }

  /** The folder of database-specific migrations: postgresql, or h2 for the embedded database. */
  static String vendorFolder(String product) {
    return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
        ? "postgresql"
        : "h2";
  }

  public String product() {
    return product;
  }

  /** Whether the database is PostgreSQL (known once start-up has reached it). */
  public boolean isPostgreSql() {
    return "postgresql".equals(vendorFolder(product));
  }

  public int appliedAtStartup() {
    return applied;
  }

  private void checkConnection() {
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
      errorDetailWarning(connection).ifPresent(LOG::warning);
    } catch (SQLException | RuntimeException e) {
      Config config = ConfigProvider.getConfig();
      throw new StartupException(describe(e, key -> config.getOptionalValue(key, String.class)), e);
    }
  }

  /**
   * What to tell the operator of a PostgreSQL connection whose driver puts the server's error
   * details in its exceptions (its default): a detail may quote a whole row (« Failing row contains
   * (…) », names included), and an exception ends up in the server's logs.
   */
  static Optional<String> errorDetailWarning(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(BaseConnection.class)
        || !connection.unwrap(BaseConnection.class).getLogServerErrorDetail()) {
      return Optional.empty();
    }
    return Optional.of(
        "PostgreSQL : ajoutez logServerErrorDetail=false à db.url (DB_URL), par exemple"
            + " jdbc:postgresql://hôte:5432/orienta?logServerErrorDetail=false ; sans cela, une"
            + " erreur de la base peut citer une ligne entière, donc des données de santé, dans les"
            + " journaux.");
  }

  /** Names the settings (and their environment variables) without ever printing a password. */
  static String describe(Exception e, Function<String, Optional<String>> config) {
    String url = config.apply("db.url").orElse("(non défini)");
    String user = config.apply("db.user").orElse("(non défini)");
    Throwable root = Causes.root(e);
    return "Connexion à la base de données impossible. Vérifiez les paramètres db.url (variable"
        + " d'environnement DB_URL, actuellement « "
        + url
        + " »), db.user (DB_USER, actuellement « "
        + user
        + " ») et db.password (DB_PASSWORD). Cause : "
        + root.getClass().getSimpleName()
        + ": "
        + root.getMessage();
  }
}
