package fr.orienta.plugin.msa;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PatientSource;
import java.util.List;

/** Entry point of the MSA adapter: one source, the listing of insured people without MT. */
public final class MsaPlugin implements OrientaPlugin {

  @Override
  public String id() {
    return "msa";
  }

  @Override
  public String label() {
    return "MSA (Mutualité sociale agricole)";
  }

  @Override
  public List<PatientSource> patientSources() {
    return List.of(new MsaListingSource());
  }
}
