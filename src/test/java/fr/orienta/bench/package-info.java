/**
 * The import and registry benchmark, run only by the {@code bench} profile of the liberty module
 * against PostgreSQL: a synthetic CPAM listing of a million rows imported through the real API, the
 * same normalised rows loaded with {@code COPY} in the same run as the reference, and the latency
 * of the registry page at that size. Figures are ratios to a reference measured in the same run,
 * never absolute timings asserted by a test.
 */
package fr.orienta.bench;
