package fr.orienta.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The CPTS hosted by the federation and their territories. */
@ApplicationScoped
@Transactional
public class TenantService {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject CommuneService communes;

  @Inject Clock clock;

  /** Creates a CPTS; every commune of its territory must exist in the reference list. */
  public Tenant create(String code, String name, Set<String> territory) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Code de CPTS invalide : " + code);
    }
    List<String> unknown = territory.stream().filter(c -> !communes.exists(c)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Communes inconnues : " + String.join(", ", unknown));
    }
    Tenant tenant = new Tenant(code, name, Instant.now(clock), territory);
    em.persist(tenant);
    return tenant;
  }

  /** The codes of every CPTS, for work the application does for each (purges). */
  public List<String> codes() {
    return em.createQuery("select t.code from Tenant t order by t.code", String.class)
        .getResultList();
  }

  /** The communes of a CPTS's territory, by name, for the menus of its pages. */
  public List<CommuneService.CommuneRef> communesOf(String code) {
    return territoryOf(code).stream()
        .flatMap(insee -> communes.find(insee).stream())
        .sorted(java.util.Comparator.comparing(CommuneService.CommuneRef::name))
        .toList();
  }

  public Optional<Tenant> find(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Tenant.class, code));
  }

  /** The INSEE codes of a CPTS's territory; empty for a CPTS unknown or without communes yet. */
  public Set<String> territoryOf(String code) {
    return find(code).map(Tenant::getCommunes).orElse(Set.of());
  }
}
