package fr.orienta.imports;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The parameters an import job runs with: which import, for which CPTS, on whose behalf. */
record ImportParameters(long importId, String tenant, String actor) {

  static final String JOB = "patient-import";

  static ImportParameters of(JobContext job) {
    Properties properties = job.getProperties();
    return new ImportParameters(
        Long.parseLong(properties.getProperty("importId")),
        properties.getProperty("tenant"),
        properties.getProperty("actor"));
  }

  Properties asJobParameters(int chunkSize) {
    Properties parameters = new Properties();
    parameters.setProperty("importId", Long.toString(importId));
    parameters.setProperty("tenant", tenant);
    parameters.setProperty("actor", actor);
    parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    return parameters;
  }
}
