package fr.orienta.plugin.msp;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import java.util.List;

/** Entry point of the MSP adapter: one source, the export of a maison de santé's census. */
public final class MspPlugin implements OrientaPlugin {

  @Override
  public String id() {
    return "msp";
  }

  @Override
  public String label() {
    return "MSP (maison de santé)";
  }

  @Override
  public List<PatientSource> patientSources() {
    return List.of(new MspExportSource());
  }
}
