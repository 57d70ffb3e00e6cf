package fr.orienta.doctors;

import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The general practitioners of the current CPTS. */
@ApplicationScoped
@Transactional
@TenantBound
public class DoctorService {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject Clock clock;

  public Doctor register(
      String rpps,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String inseeCode,
      LocalDate installedOn) {
    access.require(Role.COORDINATOR);
    Doctor doctor =
        new Doctor(
            rpps, lastName, firstName, birthDate, inseeCode, installedOn, Instant.now(clock));
    em.persist(doctor);
    em.flush();
    audit.record(AuditAction.CREATE, "Doctor", doctor.getId(), null);
    return doctor;
  }

  /**
   * Counts for dashboards: "over 60" means aged 60 or more today, as in the territorial diagnosis.
   */
  public DoctorSummary summary() {
    LocalDate today = LocalDate.now(clock);
    Object[] row =
        em.createQuery(
                "select count(d),"
                    + " sum(case when d.birthDate <= :sixty then 1 else 0 end),"
                    + " sum(case when d.birthDate <= :sixtyFive then 1 else 0 end)"
                    + " from Doctor d",
                Object[].class)
            .setParameter("sixty", today.minusYears(60))
            .setParameter("sixtyFive", today.minusYears(65))
            .getSingleResult();
    return new DoctorSummary(number(row[0]), number(row[1]), number(row[2]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
