/**
 * Indicators and reports: the home page figures of a CPTS, and later the territorial diagnosis,
 * progress toward "0 % ALD without MT" and COPIL exports. Aggregates only, never nominative.
 */
package fr.orienta.reporting;
