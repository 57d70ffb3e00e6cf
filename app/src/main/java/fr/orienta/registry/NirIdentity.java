package fr.orienta.registry;

import fr.orienta.spi.PatientRecord;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a NIR says of its holder — sex (first digit), year and month of birth (next four) — checked
 * against what is typed beside it by hand, where a slip of one digit names someone else.
 */
final class NirIdentity {

  private NirIdentity() {}

  /**
   * The key of the refusal when {@code nir} (valid, compact) contradicts the sex or the birth date
   * given with it; empty when they agree or say nothing. Temporary numbers (first digit 3, 4, 7 or
   * 8) and months the NIR does not know (20 and over) are not compared.
   */
  static Optional<String> contradiction(String nir, PatientRecord.Sex sex, LocalDate birthDate) {
    char first = nir.charAt(0);
    if (first != '1' && first != '2') {
      return Optional.empty();
    }
    if (sex != null && (first == '1') != (sex == PatientRecord.Sex.M)) {
      return Optional.of("refusal.nir.sex");
    }
    if (birthDate != null) {
      int year = Integer.parseInt(nir, 1, 3, 10);
      int month = Integer.parseInt(nir, 3, 5, 10);
      if (year != birthDate.getYear() % 100
          || (month >= 1 && month <= 12 && month != birthDate.getMonthValue())) {
        return Optional.of("refusal.nir.birthDate");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a person already holding a NIR is the one typed with it: the same birth date when one
   * is typed, and the typed last name one of theirs (birth or usage name), as plain letters.
   */
  static boolean sameHolder(Person known, String lastName, LocalDate birthDate) {
    if (birthDate != null
        && known.getBirthDate() != null
        && !birthDate.equals(known.getBirthDate())) {
      return false;
    }
    // Spaces aside, as identity keys compare names: « Le Gall » is « LEGALL ».
    String typed = IdentityKey.plain(lastName).replace(" ", "");
    return typed.equals(IdentityKey.plain(known.getLastName()).replace(" ", ""))
        || typed.equals(IdentityKey.plain(known.getUsageName()).replace(" ", ""));
  }
}
