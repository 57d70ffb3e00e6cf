package fr.orienta.demo;

import fr.orienta.security.Role;
import fr.orienta.security.TenantContext;
import fr.orienta.security.UserService;
import fr.orienta.territory.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** Creates the demo CPTS and users once; a later start finds them and does nothing. */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Shared by every demo account and printed in the README; demo mode only. */
  public static final String PASSWORD = "orienta-demo";

  public static final String NORTH = "nord-velay-forez";
  public static final String SOUTH = "sud-velay-demo";

  @Inject TenantService tenants;

  @Inject UserService users;

  @Inject TenantContext context;

  @Inject DemoPopulation population;

  record DemoUser(String username, String displayName, Role role, String tenant) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "Administration fédération", Role.ADMIN, null),
          new DemoUser("coordination", "Claire Coordinatrice", Role.COORDINATOR, NORTH),
          new DemoUser("appel", "Paul Appelant", Role.CALLER, NORTH),
          new DemoUser("docteur", "Dr Martine Généraliste", Role.DOCTOR, NORTH),
          new DemoUser("copil", "Membre du COPIL", Role.VIEWER, NORTH),
          new DemoUser("coordination-sud", "Sophie Coordinatrice Sud", Role.COORDINATOR, SOUTH));

  public void ensure() {
    if (tenants.find(NORTH).isPresent()) {
      LOG.info("Données de démonstration déjà présentes.");
      return;
    }
    LOG.info("Création des données de démonstration (synthétiques)…");
    tenants.create(NORTH, "CPTS Nord Velay Forez (démo)", DemoPopulation.NORTH_COMMUNES);
    tenants.create(SOUTH, "CPTS Sud Velay (démo)", DemoPopulation.SOUTH_COMMUNES);
    for (DemoUser user : USERS) {
      users.create(
          user.username(), user.displayName(), PASSWORD.toCharArray(), user.role(), user.tenant());
    }
    context.runAs(NORTH, "démo", () -> population.populate(DemoPopulation.Size.NORTH));
    context.runAs(SOUTH, "démo", () -> population.populate(DemoPopulation.Size.SOUTH));
    LOG.info("Données de démonstration créées.");
  }
}
