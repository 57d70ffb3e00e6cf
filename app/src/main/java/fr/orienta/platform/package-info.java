/**
 * What every capability stands on: the schema's migrations, the clock, bulk writing, the French
 * messages and the refusals services give, the API's error body.
 */
package fr.orienta.platform;
