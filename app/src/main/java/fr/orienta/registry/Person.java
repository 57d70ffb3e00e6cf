package fr.orienta.registry;

import fr.orienta.platform.Refusal;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.Values;
import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A person of the territory without a médecin traitant, as known to one CPTS. */
@Entity
@Table(name = "person")
public class Person extends TenantOwned {

  // Lengths of the columns that hold what a source or a form gives, for their checks.
  public static final int NAME_LENGTH = 120;
  public static final int ADDRESS_LENGTH = 300;
  public static final int CODE_LENGTH = 5;
  public static final int PHONE_LENGTH = 20;
  public static final int EMAIL_LENGTH = 200;
  public static final int RPPS_LENGTH = 11;

  @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
  private String lastName;

  @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
  private String firstName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(length = 1)
  private String sex;

  @Column(name = "insee_code", length = CODE_LENGTH)
  private String inseeCode;

  @Column(length = PHONE_LENGTH)
  private String phone;

  @Column(length = EMAIL_LENGTH)
  private String email;

  @Column(nullable = false)
  private boolean ald;

  @Column(name = "ald_code")
  private Integer aldCode;

  @Column(nullable = false)
  private boolean css;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PersonStatus status = PersonStatus.WAITING;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @Column(name = "usage_name", length = NAME_LENGTH)
  private String usageName;

  @Column(name = "nir_hash", length = 64)
  private String nirHash;

  @Column(name = "nir_masked", length = 20)
  private String nirMasked;

  @Column(name = "identity_key", length = 300)
  private String identityKey;

  // The names as the registry's search compares them (IdentityKey.plain): « lefevre » finds
  // « LEFÈVRE » whatever the database's collation.
  @Column(name = "last_name_key", length = 120)
  private String lastNameKey;

  @Column(name = "first_name_key", length = 120)
  private String firstNameKey;

  @Column(length = ADDRESS_LENGTH)
  private String address;

  @Column(name = "postal_code", length = CODE_LENGTH)
  private String postalCode;

  @Column(name = "commune_name", length = NAME_LENGTH)
  private String communeName;

  @Column(length = PHONE_LENGTH)
  private String mobile;

  @Column(name = "last_doctor_rpps", length = RPPS_LENGTH)
  private String lastDoctorRpps;

  @Column(name = "last_doctor_end")
  private LocalDate lastDoctorEnd;

  @Column(name = "taken_by_rpps", length = RPPS_LENGTH)
  private String takenByRpps;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(nullable = false)
  private int priority;

  @Column(name = "merged_into")
  private Long mergedInto;

  // Left by corrections: the fields' names as the story says them (« téléphone|nom »), which
  // sources no longer change, and the identity key the sources knew before the first one.
  @Column(name = "corrected_fields", length = 300)
  private String correctedFields;

  @Column(name = "former_key", length = 300)
  private String formerKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  Person(String lastName, String firstName, LocalDate birthDate, Instant now, LocalDate today) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.birthDate = birthDate;
    this.createdAt = now;
    this.updatedAt = now;
    this.registeredOn = today;
  }

  /**
   * Takes what a source says of this person without losing anything already known: a value replaces
   * the stored one only when the source gives one, and an import may raise the ALD or CSS flag but
   * never lower it (a coordinator can). A field a coordinator corrected is theirs: sources no
   * longer change it. Returns the names of the fields changed.
   */
  List<String> absorb(PatientRecord record, String inseeCode, Instant now) {
    return take(record, inseeCode, now, false);
  }

  /**
   * Fills only what this person lacks from another entry's values (a merge: the entry a coordinator
   * keeps wins). Returns the names of the fields filled.
   */
  List<String> complete(PatientRecord record, String inseeCode, Instant now) {
    return take(record, inseeCode, now, true);
  }

  private List<String> take(
      PatientRecord record, String inseeCode, Instant now, boolean blanksOnly) {
    List<String> changed = new ArrayList<>();
    lastName = keepText(lastName, record.lastName(), "nom", changed, blanksOnly);
    usageName = keepText(usageName, record.usageName(), "nom d'usage", changed, blanksOnly);
    // A listing that cuts « Marie-Claire » to « Marie » brings less, not a new first name.
    boolean cut =
        record.firstName() != null
            && firstName != null
            && !record.firstName().equals(firstName)
            && IdentityKey.isCutOf(
                IdentityKey.plain(record.firstName()), IdentityKey.plain(firstName));
    firstName =
        cut ? firstName : keepText(firstName, record.firstName(), "prénom", changed, blanksOnly);
    birthDate = keep(birthDate, record.birthDate(), "date de naissance", changed, blanksOnly);
    sex = keep(sex, record.sex() == null ? null : record.sex().name(), "sexe", changed, blanksOnly);
    address = keepText(address, record.address(), "adresse", changed, blanksOnly);
    postalCode = keep(postalCode, record.postalCode(), "code postal", changed, blanksOnly);
    communeName = keepText(communeName, record.communeName(), "commune", changed, blanksOnly);
    this.inseeCode = keep(this.inseeCode, inseeCode, "code INSEE", changed, blanksOnly);
    phone = keep(phone, record.phone(), "téléphone", changed, blanksOnly);
    mobile = keep(mobile, record.mobile(), "portable", changed, blanksOnly);
    email =
        email != null && email.equalsIgnoreCase(record.email())
            ? email
            : keep(email, record.email(), "courriel", changed, blanksOnly);
    if (Boolean.TRUE.equals(record.ald()) && !ald && !isCorrected("ALD")) {
      ald = true;
      changed.add("ALD");
    }
    if (record.aldCode() != null && ald) {
      aldCode = keep(aldCode, record.aldCode(), "code ALD", changed, blanksOnly);
    }
    if (Boolean.TRUE.equals(record.css()) && !css && !isCorrected("CSS")) {
      css = true;
      changed.add("CSS");
    }
    lastDoctorRpps =
        keep(lastDoctorRpps, record.lastDoctorRpps(), "dernier MT", changed, blanksOnly);
    lastDoctorEnd =
        keep(lastDoctorEnd, record.lastDoctorEnd(), "fin du dernier MT", changed, blanksOnly);
    takenByRpps =
        keep(takenByRpps, record.takenByRpps(), "pris en charge par", changed, blanksOnly);
    takenOn = keep(takenOn, record.takenOn(), "date de prise en charge", changed, blanksOnly);
    refreshKeys();
    if (!changed.isEmpty()) {
      updatedAt = now;
    }
    return changed;
  }

  /**
   * Takes a coordinator's correction of the fields of {@link NewPerson}: each replaces the stored
   * value, a blank one empties it, and the ALD and CSS flags may go down as well as up; the fields
   * changed are kept from sources from then on ({@link #absorb}), and the identity key before the
   * first correction stays known to match the sources' next listings. The NIR, the sources' doctors
   * and the usage name are not the form's and stay. Returns the names of the fields changed.
   *
   * @param communeName the name of {@code input}'s commune in the reference, for a new commune
   */
  List<String> correct(NewPerson input, String communeName, Instant now) {
    List<String> changed = new ArrayList<>();
    lastName = replace(lastName, input.lastName().trim(), "nom", changed);
    firstName = replace(firstName, input.firstName().trim(), "prénom", changed);
    birthDate = replace(birthDate, input.birthDate(), "date de naissance", changed);
    sex = replace(sex, input.sex(), "sexe", changed);
    String commune = replace(inseeCode, input.inseeCode(), "commune", changed);
    if (!Objects.equals(commune, inseeCode)) {
      inseeCode = commune;
      this.communeName = communeName;
    }
    address = replace(address, NewPerson.blankToNull(input.address()), "adresse", changed);
    postalCode = replace(postalCode, input.postalCode(), "code postal", changed);
    phone = replace(phone, input.phone(), "téléphone", changed);
    mobile = replace(mobile, input.mobile(), "portable", changed);
    email = replace(email, NewPerson.blankToNull(input.email()), "courriel", changed);
    ald = replace(ald, input.ald(), "ALD", changed);
    aldCode = replace(aldCode, input.ald() ? input.aldCode() : null, "code ALD", changed);
    css = replace(css, input.css(), "CSS", changed);
    if (!changed.isEmpty()) {
      String keyBefore = identityKey;
      refreshKeys();
      updatedAt = now;
      Set<String> pinned = new LinkedHashSet<>(corrected());
      pinned.addAll(changed);
      if (changed.contains("commune")) {
        pinned.add(INSEE_FIELD);
      }
      correctedFields = String.join(PIN_SEPARATOR, pinned);
      if (formerKey == null && keyBefore != null && !keyBefore.equals(identityKey)) {
        formerKey = keyBefore;
      } else if (identityKey != null && identityKey.equals(formerKey)) {
        formerKey = null;
      }
    }
    return changed;
  }

  private static final String PIN_SEPARATOR = "|";

  /** The name {@link #take} gives the INSEE code, pinned with the commune a correction sets. */
  private static final String INSEE_FIELD = "code INSEE";

  /** The fields corrections set, by the names the story gives them. */
  List<String> corrected() {
    return correctedFields == null
        ? List.of()
        : List.of(correctedFields.split(Pattern.quote(PIN_SEPARATOR)));
  }

  private boolean isCorrected(String field) {
    return correctedFields != null && corrected().contains(field);
  }

  private static <T> T replace(T stored, T offered, String name, List<String> changed) {
    if (!Objects.equals(stored, offered)) {
      changed.add(name);
    }
    return offered;
  }

  /**
   * As {@link #keep}, for a text that sources spell differently: « BELLEVUE-LA-MONTAGNE » from one,
   * « Bellevue-la-Montagne » from the other would replace each other at every import, which would
   * then never be « unchanged ». The same text in another case or punctuation is kept as stored; a
   * spelling replaces it only when it brings accents the stored one lacks (« HELENE » → « Hélène »,
   * never back).
   */
  private String keepText(
      String stored, String offered, String name, List<String> changed, boolean blanksOnly) {
    if (offered != null
        && stored != null
        && !offered.equals(stored)
        && !IdentityKey.plain(stored).isEmpty()
        && IdentityKey.plain(offered).equals(IdentityKey.plain(stored))
        && !(hasAccents(offered) && !hasAccents(stored))) {
      return stored;
    }
    return keep(stored, offered, name, changed, blanksOnly);
  }

  private static boolean hasAccents(String text) {
    return !Values.stripAccents(text).equals(text);
  }

  private <T> T keep(T stored, T offered, String name, List<String> changed, boolean blanksOnly) {
    if (offered == null
        || offered.equals(stored)
        || (blanksOnly && stored != null)
        || isCorrected(name)) {
      return stored;
    }
    changed.add(name);
    return offered;
  }

  /**
   * Moves this person to another status, keeping why. The caller has checked that the move is
   * allowed ({@link PersonStatus#canBecome}) and recorded it in the story.
   */
  void changeStatus(PersonStatus next, String reason, Instant now) {
    status = next;
    statusReason = reason;
    statusChangedAt = now;
    updatedAt = now;
  }

  void prioritise(int score) {
    priority = score;
  }

  /** The age beyond which a birth date is taken for a slip (« 1850 » for « 1950 »). */
  public static final int OLDEST_AGE = 120;

  /**
   * Whether {@code birthDate} would make someone older than {@link #OLDEST_AGE} on {@code today}.
   */
  public static boolean isImplausibleBirthDate(LocalDate birthDate, LocalDate today) {
    return birthDate != null && birthDate.isBefore(today.minusYears(OLDEST_AGE));
  }

  /** Marks this entry as absorbed into {@code kept} by a merge; it stays for the history. */
  void mergeInto(Person kept, String reason, Instant now) {
    mergedInto = kept.getId();
    nirHash = null;
    nirMasked = null;
    identityKey = null;
    formerKey = null;
    changeStatus(PersonStatus.MERGED, reason, now);
  }

  /** What this entry knows, as a source would say it, so that a merge completes the kept entry. */
  PatientRecord asRecord() {
    return PatientRecord.builder()
        .lastName(lastName)
        .usageName(usageName)
        .firstName(firstName)
        .birthDate(birthDate)
        .sex(sex == null ? null : PatientRecord.Sex.valueOf(sex))
        .address(address)
        .postalCode(postalCode)
        .communeName(communeName)
        .phone(phone)
        .mobile(mobile)
        .email(email)
        .ald(ald)
        .aldCode(aldCode)
        .css(css)
        .lastDoctorRpps(lastDoctorRpps)
        .lastDoctorEnd(lastDoctorEnd)
        .takenByRpps(takenByRpps)
        .takenOn(takenOn)
        .build();
  }

  void identifyBy(String hash, String masked) {
    this.nirHash = hash;
    this.nirMasked = masked;
  }

  /** Computes again what is derived from the identity: the identity key and the search keys. */
  void refreshKeys() {
    identityKey = IdentityKey.of(lastName, firstName, birthDate, inseeCode);
    lastNameKey = IdentityKey.plain(lastName);
    firstNameKey = IdentityKey.plain(firstName);
  }

  /**
   * A person of the persistence context's CPTS, or a refusal naming the id (nothing else of them).
   */
  static Person existing(EntityManager em, long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw Refusal.notFound("refusal.person.unknown", String.valueOf(id));
    }
    return person;
  }

  public int ageOn(LocalDate day) {
    return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getSex() {
    return sex;
  }

  void setSex(String sex) {
    this.sex = sex;
  }

  public String getInseeCode() {
    return inseeCode;
  }

  void setInseeCode(String inseeCode) {
    this.inseeCode = inseeCode;
  }

  public String getPhone() {
    return phone;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  void setEmail(String email) {
    this.email = email;
  }

  public boolean isAld() {
    return ald;
  }

  public Integer getAldCode() {
    return aldCode;
  }

  void setAld(boolean ald, Integer aldCode) {
    this.ald = ald;
    this.aldCode = ald ? aldCode : null;
  }

  public boolean isCss() {
    return css;
  }

  void setCss(boolean css) {
    this.css = css;
  }

  public PersonStatus getStatus() {
    return status;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  void setRegisteredOn(LocalDate registeredOn) {
    this.registeredOn = registeredOn;
  }

  public String getUsageName() {
    return usageName;
  }

  public String getNirMasked() {
    return nirMasked;
  }

  String getNirHash() {
    return nirHash;
  }

  public String getLastNameKey() {
    return lastNameKey;
  }

  public String getFirstNameKey() {
    return firstNameKey;
  }

  public String getIdentityKey() {
    return identityKey;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCommuneName() {
    return communeName;
  }

  public String getMobile() {
    return mobile;
  }

  public String getLastDoctorRpps() {
    return lastDoctorRpps;
  }

  public LocalDate getLastDoctorEnd() {
    return lastDoctorEnd;
  }

  public String getTakenByRpps() {
    return takenByRpps;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public int getPriority() {
    return priority;
  }

  /**
   * The identity key the sources knew this person by before a correction changed it ({@code null}
   * without one): their next listing matches her by it.
   */
  public String getFormerKey() {
    return formerKey;
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Person#" + getId();
  }
}
