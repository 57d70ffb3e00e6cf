package fr.orienta.reporting;

import fr.orienta.doctors.DoctorSummary;
import fr.orienta.registry.RegistrySummary;

/** The figures of one CPTS shown on its home page and served by the API. */
public record Indicators(String tenantCode, RegistrySummary registry, DoctorSummary doctors) {}
