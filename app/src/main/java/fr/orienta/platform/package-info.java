/**
 * What every capability stands on: start-up in a fixed order (schema migration, reference data,
 * plugins, demo), the clock, the REST application, health checks and the French messages.
 */
package fr.orienta.platform;
