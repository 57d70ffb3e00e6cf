/**
 * The contract between the Orienta core and the code a territory plugs in: data-source adapters
 * ({@link fr.orienta.spi.PatientSource}) and prioritisation rules ({@link
 * fr.orienta.spi.PriorityRule}). A plugin jar has one entry point, an {@link
 * fr.orienta.spi.OrientaPlugin} listed in {@code META-INF/services}, and depends on nothing but
 * this package and the JDK, so that it compiles and is tested without a server. Every type here is
 * a plain interface or an immutable value; changing one is a versioned, documented event.
 */
package fr.orienta.spi;
