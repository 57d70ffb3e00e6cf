package fr.orienta.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry list's filter as JPQL: the {@code where} clause over {@code Person p} and its
 * parameters, both built from the filter's fields alone (nothing a caller types reaches the query
 * but as a parameter). The list runs it twice, for the page's ids and for the capped count.
 *
 * @param where from {@code " where "} on, always with the listed statuses
 * @param parameters the values of the clause's named parameters
 */
record PersonCriteria(String where, Map<String, Object> parameters) {

  /** The criteria of a filter; age bands are counted from {@code today}. */
  static PersonCriteria of(PersonFilter filter, LocalDate today) {
    StringBuilder where = new StringBuilder(" where p.status in :listed");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(
        "listed", filter.status() == null ? PersonStatus.listed() : List.of(filter.status()));
    if (filter.name() != null && !filter.name().isBlank()) {
      NamePrefix prefix = NamePrefix.of(filter.name());
      where
          .append(" and (")
          .append(nameCondition("p.lastNameKey", prefix))
          .append(" or ")
          .append(nameCondition("p.firstNameKey", prefix))
          .append(")");
      if (prefix.to() == null) {
        parameters.put("prefix", prefix.like());
      }
      if (prefix.ranged()) {
        parameters.put("prefixFrom", prefix.from());
      }
      if (prefix.to() != null) {
        parameters.put("prefixTo", prefix.to());
      }
    }
    if (filter.ald() != null) {
      where.append(" and p.ald = :ald");
      parameters.put("ald", filter.ald());
    }
    if (filter.css() != null) {
      where.append(" and p.css = :css");
      parameters.put("css", filter.css());
    }
    if (filter.ageBand() != null) {
      where.append(" and p.birthDate > :bornAfter and p.birthDate <= :bornBy");
      parameters.put("bornAfter", filter.ageBand().bornAfter(today));
      parameters.put("bornBy", filter.ageBand().bornOnOrBefore(today));
    }
    if (filter.inseeCode() != null && !filter.inseeCode().isBlank()) {
      where.append(" and p.inseeCode = :insee");
      parameters.put("insee", filter.inseeCode().trim());
    }
    if (filter.source() != null && !filter.source().isBlank()) {
      where.append(
          " and exists (select s.id from PersonSource s where s.personId = p.id"
              + " and s.source = :source)");
      parameters.put("source", filter.source().trim());
    }
    if (filter.addedFrom() != null) {
      where.append(" and p.registeredOn >= :addedFrom");
      parameters.put("addedFrom", filter.addedFrom());
    }
    if (filter.addedTo() != null) {
      where.append(" and p.registeredOn <= :addedTo");
      parameters.put("addedTo", filter.addedTo());
    }
    if (filter.minPriority() != null) {
      where.append(" and p.priority >= :minPriority");
      parameters.put("minPriority", filter.minPriority());
    }
    return new PersonCriteria(where.toString(), Map.copyOf(parameters));
  }

  /**
   * A name column against a typed prefix: by index range alone where one applies, so that
   * PostgreSQL estimates it as the one condition it is ({@code LIKE} and the range together were
   * counted as independent and ten times too selective, which chose plans 20 times too slow).
   */
  private static String nameCondition(String column, NamePrefix prefix) {
    if (prefix.to() != null) {
      return "(" + column + " >= :prefixFrom and " + column + " < :prefixTo)";
    }
    return "("
        + column
        + " like :prefix"
        + (prefix.ranged() ? " and " + column + " >= :prefixFrom)" : ")");
  }
}
