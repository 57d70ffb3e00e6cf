package fr.orienta.doctors;

/** General practitioners of one CPTS and how many are near retirement. */
public record DoctorSummary(long total, long over60, long over65) {}
