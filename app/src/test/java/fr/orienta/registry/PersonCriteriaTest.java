package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonCriteriaTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static PersonCriteria name(String typed) {
    return PersonCriteria.of(
        new PersonFilter(typed, null, null, null, null, null, null, null, null, null), TODAY);
  }

  @Test
  void noFilterListsEveryListedStatus() {
    PersonCriteria criteria = PersonCriteria.of(PersonFilter.NONE, TODAY);
    assertThat(criteria.where()).isEqualTo(" where p.status in :listed");
    assertThat(criteria.parameters()).containsExactly(entry("listed", PersonStatus.listed()));
  }

  @Test
  void aPrefixOfLettersIsARangeOnBothNamesKeys() {
    PersonCriteria criteria = name("gà%r_");
    assertThat(criteria.where())
        .contains("(p.lastNameKey >= :prefixFrom and p.lastNameKey < :prefixTo)")
        .contains(" or (p.firstNameKey >= :prefixFrom and p.firstNameKey < :prefixTo)")
        .doesNotContain("like");
    assertThat(criteria.parameters())
        .contains(entry("prefixFrom", "GAR"), entry("prefixTo", "GAS"))
        .doesNotContainKey("prefix");
  }

  @Test
  void aPrefixWithASpaceIsALikeAndOneOfZsARangeWithoutEnd() {
    PersonCriteria spaced = name("d'her");
    assertThat(spaced.where()).contains("(p.lastNameKey like :prefix)");
    assertThat(spaced.parameters())
        .contains(entry("prefix", "D HER%"))
        .doesNotContainKeys("prefixFrom", "prefixTo");

    PersonCriteria zs = name("zz");
    assertThat(zs.where())
        .contains("(p.firstNameKey like :prefix and p.firstNameKey >= :prefixFrom)");
    assertThat(zs.parameters())
        .contains(entry("prefix", "ZZ%"), entry("prefixFrom", "ZZ"))
        .doesNotContainKey("prefixTo");
  }

  @Test
  void everyOtherFilterAddsItsConditionAndItsValue() {
    PersonCriteria criteria =
        PersonCriteria.of(
            new PersonFilter(
                " ",
                PersonStatus.CONTACTED,
                true,
                false,
                PersonFilter.AgeBand.FROM_70,
                " 43157 ",
                " cpam-listing ",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                50),
            TODAY);
    assertThat(criteria.where())
        .doesNotContain("Key")
        .contains(" and p.ald = :ald")
        .contains(" and p.css = :css")
        .contains(" and p.birthDate > :bornAfter and p.birthDate <= :bornBy")
        .contains(" and p.inseeCode = :insee")
        .contains("s.personId = p.id and s.source = :source")
        .contains(" and p.registeredOn >= :addedFrom")
        .contains(" and p.registeredOn <= :addedTo")
        .contains(" and p.priority >= :minPriority");
    assertThat(criteria.parameters())
        .containsOnly(
            entry("listed", List.of(PersonStatus.CONTACTED)),
            entry("ald", true),
            entry("css", false),
            entry("bornAfter", LocalDate.of(1825, 11, 23)),
            entry("bornBy", LocalDate.of(1956, 11, 23)),
            entry("insee", "43157"),
            entry("source", "cpam-listing"),
            entry("addedFrom", LocalDate.of(2026, 1, 1)),
            entry("addedTo", LocalDate.of(2026, 6, 30)),
            entry("minPriority", 50));
  }
}
