package fr.orienta.registry;

import fr.orienta.platform.Refusal;
import fr.orienta.security.TenantContext;
import fr.orienta.territory.CommuneService;
import fr.orienta.territory.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a person typed by hand must satisfy beyond the annotations of {@link NewPerson}, whether
 * entered, reported or corrected: one rule, so that a correction cannot store what an entry would
 * refuse.
 */
@ApplicationScoped
public class EntryChecks {

  @Inject Clock clock;

  @Inject CommuneService communes;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  /** Refuses, in the bundle's words, a birth date, commune or name the registry cannot take. */
  public void check(NewPerson input) {
    check(input, null);
  }

  /**
   * As {@link #check(NewPerson)}, for a correction of a person living in {@code currentInsee}: an
   * import may have placed them outside the territory, which a correction of their phone keeps.
   */
  public void check(NewPerson input, String currentInsee) {
    if (Person.isImplausibleBirthDate(input.birthDate(), LocalDate.now(clock))) {
      throw Refusal.invalid("refusal.person.birthDate", Person.OLDEST_AGE);
    }
    if (input.inseeCode() != null && !communes.exists(input.inseeCode())) {
      throw Refusal.invalid("refusal.commune.unknown", input.inseeCode());
    }
    Set<String> territory = tenantService.territoryOf(tenants.requireTenant());
    if (input.inseeCode() != null
        && !input.inseeCode().equals(currentInsee)
        && !territory.isEmpty()
        && !territory.contains(input.inseeCode())) {
      // An import may list a person who has moved away; one typed by hand lives here.
      throw Refusal.invalid("refusal.commune.outside", input.inseeCode());
    }
    for (String name : List.of(input.lastName(), input.firstName())) {
      // @Size measures the name as typed; its search key, spelled out, may not fit.
      int stored = IdentityKey.storedLength(name, Person.NAME_LENGTH);
      if (stored > Person.NAME_LENGTH) {
        throw Refusal.invalid("refusal.name.tooLong", stored, Person.NAME_LENGTH);
      }
    }
  }
}
