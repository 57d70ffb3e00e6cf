/**
 * The application as a whole, above the capabilities it puts together: start-up in a fixed order
 * (schema migration, reference data, plugins, demo, then the background work), readiness, the REST
 * application and how the API answers refusals, denials and failures. Capabilities never depend on
 * it.
 */
package fr.orienta.application;
