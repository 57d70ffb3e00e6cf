package fr.orienta.registry;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration of the registry's data that needs the application's own functions, run by Flyway
 * among the SQL ones. Its checksum is fixed: a database that applied it validates it whatever later
 * builds change in its code, which is why a landed one is never edited but followed by another.
 */
abstract class RegistryMigration implements JavaMigration {

  private final String version;
  private final String description;

  RegistryMigration(String version, String description) {
    this.version = version;
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return 1;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
