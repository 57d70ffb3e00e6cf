package fr.orienta.registry;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Migration V17: people entered without birth date had no identity key, so the same report made
 * twice created two people and no possible duplicate; they get the key {@link IdentityKey} now
 * gives them.
 */
@ApplicationScoped
public class UndatedKeysMigration extends PersonKeysMigration {

  public UndatedKeysMigration() {
    super(
        "17",
        "identity keys of people without birth date",
        "birth_date IS NULL AND merged_into IS NULL");
  }
}
