package fr.orienta.reporting;

import fr.orienta.security.CurrentUser;
import fr.orienta.territory.Tenant;
import fr.orienta.territory.TenantService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The home page: the figures of the signed-in user's CPTS. */
@Named
@ViewScoped
public class HomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IndicatorService indicators;

  @Inject transient TenantService tenants;

  @Inject transient CurrentUser user;

  private Indicators figures;
  private String tenantName;

  public void load() {
    if (user.getTenantCode() != null) {
      figures = indicators.current();
      tenantName = tenants.find(user.getTenantCode()).map(Tenant::getName).orElse("");
    }
  }

  public Indicators getFigures() {
    return figures;
  }

  public String getTenantName() {
    return tenantName;
  }

  /** Share of ALD among people without MT, in percent with one decimal. */
  public double getAldShare() {
    long total = figures == null ? 0 : figures.registry().withoutMt();
    return total == 0 ? 0 : Math.round(figures.registry().ald() * 1000.0 / total) / 10.0;
  }
}
