package fr.orienta.reporting;

import fr.orienta.doctors.DoctorService;
import fr.orienta.registry.RegistryService;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Assembles a CPTS's indicators from the capabilities that own the data. */
@ApplicationScoped
@Transactional
@TenantBound
public class IndicatorService {

  @Inject RegistryService registry;

  @Inject DoctorService doctors;

  @Inject TenantContext tenants;

  public Indicators current() {
    return new Indicators(tenants.requireTenant(), registry.summary(), doctors.summary());
  }
}
