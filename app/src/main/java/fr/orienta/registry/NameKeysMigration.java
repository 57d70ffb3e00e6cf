package fr.orienta.registry;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Migration V8: the search keys (V7) of the people stored before them; a person keyed since, by the
 * application, is not read again.
 */
@ApplicationScoped
public class NameKeysMigration extends PersonKeysMigration {

  public NameKeysMigration() {
    super("8", "name keys of stored people", "last_name_key IS NULL");
  }
}
