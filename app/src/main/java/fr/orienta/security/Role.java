package fr.orienta.security;

/**
 * The roles of Orienta; their names are the Jakarta Security groups and web.xml role names. Least
 * privilege: each role sees only what its work needs.
 */
public enum Role {
  /** Federation administrator: tenants, users, plugins; no nominative data. */
  ADMIN,
  /** CPTS coordinator: the whole registry, doctors, orientation, campaigns of their CPTS. */
  COORDINATOR,
  /** Caller (CPTS, CPAM or MSA agent): works call lists of their CPTS. */
  CALLER,
  /** General practitioner: their capacity survey and the patients proposed to them. */
  DOCTOR,
  /** COPIL member: aggregated indicators only. */
  VIEWER;

  /** Roles that may read nominative data of people without MT. */
  public boolean readsRegistry() {
    return this == COORDINATOR || this == CALLER;
  }
}
