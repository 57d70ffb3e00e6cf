package fr.orienta.registry;

import fr.orienta.platform.Refusal;
import java.time.LocalDate;

/**
 * What the registry list can be narrowed to; {@code null} fields do not filter.
 *
 * @param name prefix of the last or first name, case-insensitive
 * @param status one status
 * @param ald in ALD or not
 * @param css covered by the CSS or not
 * @param ageBand one of the bands of the territorial diagnosis
 * @param inseeCode commune of residence
 * @param source the adapter id (or « saisie ») that listed the person
 * @param addedFrom registered on or after this day
 * @param addedTo registered on or before this day
 * @param minPriority a priority score of at least this
 */
public record PersonFilter(
    String name,
    PersonStatus status,
    Boolean ald,
    Boolean css,
    AgeBand ageBand,
    String inseeCode,
    String source,
    LocalDate addedFrom,
    LocalDate addedTo,
    Integer minPriority) {

  public static final PersonFilter NONE =
      new PersonFilter(null, null, null, null, null, null, null, null, null, null);

  /** The orders a registry list can be sorted in; each ends on the id, so pages never overlap. */
  public enum Sort {
    PRIORITY("p.priority"),
    NAME("p.lastName", "p.firstName"),
    BIRTH_DATE("p.birthDate"),
    ADDED("p.registeredOn"),
    STATUS("p.status"),
    COMMUNE("p.inseeCode");

    private final String[] paths;

    Sort(String... paths) {
      this.paths = paths;
    }

    /** The JPQL order-by clause, from a fixed list: nothing a caller types reaches the query. */
    String orderBy(boolean ascending) {
      String direction = ascending ? " asc" : " desc";
      return String.join(direction + ", ", paths) + direction + ", p.id" + direction;
    }

    /** Parses the API's sort parameter, e.g. « priority », « -added » (descending). */
    public static Sort parse(String text) {
      String name = text.startsWith("-") ? text.substring(1) : text;
      for (Sort sort : values()) {
        if (sort.name().equalsIgnoreCase(name.replace("birthDate", "birth_date"))) {
          return sort;
        }
      }
      throw Refusal.invalid("refusal.filter.sort", text);
    }
  }

  /** Age bands of adults without MT, as the CPTS diagnosis counts them. */
  public enum AgeBand {
    FROM_17_TO_39(17, 39),
    FROM_40_TO_64(40, 64),
    FROM_65_TO_69(65, 69),
    FROM_70(70, 200);

    final int from;
    final int to;

    AgeBand(int from, int to) {
      this.from = from;
      this.to = to;
    }

    /** Born after this date: younger than {@code to + 1} years on {@code today}. */
    LocalDate bornAfter(LocalDate today) {
      return today.minusYears(to + 1L);
    }

    /** Born on or before this date: at least {@code from} years old on {@code today}. */
    LocalDate bornOnOrBefore(LocalDate today) {
      return today.minusYears(from);
    }

    /** Parses « 17-39 », « 40-64 », « 65-69 », « 70+ » as written in the API. */
    public static AgeBand parse(String text) {
      return switch (text.trim()) {
        case "17-39" -> FROM_17_TO_39;
        case "40-64" -> FROM_40_TO_64;
        case "65-69" -> FROM_65_TO_69;
        case "70+", "70" -> FROM_70;
        default -> throw Refusal.invalid("refusal.filter.ageBand", text);
      };
    }
  }
}
