package fr.orienta.registry;

import fr.orienta.platform.Refusal;
import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.spi.PatientRecord;
import fr.orienta.territory.CommuneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Corrections of a person's record by the people who work with it: a phone number learnt on a call,
 * a birth date a report lacked, a name mistyped, an ALD that ended. Sources only ever complete a
 * record; a correction replaces, blanks included, with the validation of manual entry.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Corrections {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject RegistryService registry;

  @Inject DuplicateService duplicates;

  @Inject EntryChecks checks;

  @Inject AccessControl access;

  @Inject AuditService audit;

  @Inject CommuneService communes;

  @Inject Clock clock;

  /** The corrected person, and the names of the fields the correction changed (none: nothing). */
  public record Corrected(Person person, List<String> changed) {}

  /**
   * Corrects a person of the current CPTS with the fields of {@code input}, which replace the
   * stored ones; written to the story and the audit trail (the fields' names, never their values).
   * A coordinator corrects everything; a caller, who does not see the ALD number, the contact
   * details only. The NIR is not corrected here: a NIR names a person, and two entries with one are
   * brought together by a merge. A new identity alike someone else's is put to a coordinator as a
   * possible duplicate.
   *
   * @param expectedVersion the version of the person the correction was made from: refused (409)
   *     when the record has changed since, rather than undone; {@code null}: not checked
   */
  public Corrected correct(long id, @NotNull @Valid NewPerson input, Long expectedVersion) {
    access.require(Role.COORDINATOR, Role.CALLER);
    if (input.nir() != null && !input.nir().isBlank() || input.registeredOn() != null) {
      throw Refusal.invalid("refusal.correction.fields");
    }
    Person person = registry.existing(id);
    if (person.getMergedInto() != null) {
      throw Refusal.conflict("refusal.correction.merged", person.getMergedInto());
    }
    if (expectedVersion != null && expectedVersion != person.getVersion()) {
      // The form was filled before someone (or an import) changed the record: it would undo that.
      throw Refusal.conflict("refusal.correction.stale");
    }
    checks.check(input, person.getInseeCode());
    NewPerson correction = access.allows(Role.COORDINATOR) ? input : contactOnly(person, input);
    String masked = person.getNirMasked();
    boolean sameSex = Objects.equals(person.getSex(), correction.sex());
    boolean sameBirth = Objects.equals(person.getBirthDate(), correction.birthDate());
    // Only what the correction changes is compared: sources are trusted with their NIRs, and a
    // record they left at odds with its NIR must not stop a correction of its phone.
    if (masked != null && !(sameSex && sameBirth)) {
      PatientRecord.Sex sex =
          correction.sex() == null ? null : PatientRecord.Sex.valueOf(correction.sex());
      // The masked NIR keeps what it says of its holder: sex, year and month of birth.
      Optional<String> contradiction =
          NirIdentity.contradiction(
              masked, sameSex ? null : sex, sameBirth ? null : correction.birthDate());
      if (contradiction.isPresent()) {
        throw Refusal.invalid(contradiction.get());
      }
    }
    String communeName =
        communes.find(correction.inseeCode()).map(CommuneService.CommuneRef::name).orElse(null);
    String keyBefore = person.getIdentityKey();
    Instant now = Instant.now(clock);
    List<String> changed = person.correct(correction, communeName, now);
    if (changed.isEmpty()) {
      return new Corrected(person, changed);
    }
    registry.reprioritise(person);
    String fields = String.join(", ", changed);
    registry.event(id, PersonEvent.Kind.UPDATED, "Correction : " + fields);
    audit.record(AuditAction.UPDATE, RegistryService.ENTITY, id, "correction : " + fields);
    if (person.getIdentityKey() != null && !person.getIdentityKey().equals(keyBefore)) {
      queueAlikes(person, now);
    }
    return new Corrected(person, changed);
  }

  /**
   * A caller's correction: their contact fields over the stored identity and flags, which they may
   * not change (they are shown the flags, not the ALD number, which stays).
   */
  private static NewPerson contactOnly(Person person, NewPerson input) {
    boolean sameIdentity =
        Objects.equals(person.getLastName(), input.lastName().trim())
            && Objects.equals(person.getFirstName(), input.firstName().trim())
            && Objects.equals(person.getBirthDate(), input.birthDate())
            && Objects.equals(person.getSex(), input.sex())
            && Objects.equals(person.getInseeCode(), input.inseeCode())
            && person.isAld() == input.ald()
            && person.isCss() == input.css();
    if (!sameIdentity) {
      throw new AccessControl.AccessDeniedException();
    }
    return new NewPerson(
        person.getLastName(),
        person.getFirstName(),
        person.getBirthDate(),
        person.getSex(),
        person.getInseeCode(),
        input.phone(),
        input.email(),
        person.isAld(),
        person.getAldCode(),
        person.isCss(),
        null,
        null,
        input.address(),
        input.postalCode(),
        input.mobile());
  }

  /**
   * Puts the corrected person to a coordinator beside the people of the same names and commune
   * whose birth date is the same, or unknown on one side, as an import would, unless their NIRs
   * differ or the pair was put already.
   */
  private void queueAlikes(Person person, Instant now) {
    String key = person.getIdentityKey();
    List<Person> sameNames = registry.sameNamesAndCommune(key, person.getInseeCode());
    for (Person other : sameNames) {
      if (other.getId().equals(person.getId())) {
        continue;
      }
      String otherKey = other.getIdentityKey();
      // Of the same names and commune: alike when born the same day, or when one date is unknown.
      boolean alike =
          key.equals(otherKey) || IdentityKey.isUndated(key) || IdentityKey.isUndated(otherKey);
      boolean twoNirs =
          person.getNirHash() != null
              && other.getNirHash() != null
              && !person.getNirHash().equals(other.getNirHash());
      if (!alike || twoNirs) {
        continue;
      }
      String reason = DuplicateCandidate.reason(key, otherKey);
      // The later entry first, as an import queues a new row beside the one it resembles.
      long later = Math.max(person.getId(), other.getId());
      long earlier = Math.min(person.getId(), other.getId());
      if (duplicates.queueIfNew(later, earlier, reason, now)) {
        registry.event(
            person.getId(), PersonEvent.Kind.POSSIBLE_DUPLICATE, DuplicateCandidate.QUEUED);
      }
    }
  }
}
