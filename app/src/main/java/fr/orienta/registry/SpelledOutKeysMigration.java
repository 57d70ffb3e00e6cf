package fr.orienta.registry;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Migration V12: the keys of people whose names hold a letter that keys now spell out (œ, æ, ø, ł,
 * đ: « Lœuillet » is « LOEUILLET », where it was « L UILLET », matching neither the CPAM's «
 * LOEUILLET » nor a search for « loeu »). Every person is read; only those whose keys change are
 * written. People who now share an identity key are put in the duplicates' queue by V14 ({@link
 * SameTraitsMigration}).
 */
@ApplicationScoped
public class SpelledOutKeysMigration extends PersonKeysMigration {

  public SpelledOutKeysMigration() {
    super("12", "keys of names with ligatures", null);
  }
}
