package fr.orienta.plugin.cpam;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import java.util.List;

/** Entry point of the CPAM adapter: one source, the listing of insured people without MT. */
public final class CpamPlugin implements OrientaPlugin {

  @Override
  public String id() {
    return "cpam";
  }

  @Override
  public String label() {
    return "CPAM (Assurance Maladie)";
  }

  @Override
  public List<PatientSource> patientSources() {
    return List.of(new CpamListingSource());
  }
}
