/**
 * Discovery and configuration of the SPI implementations: each plugin jar (or folder) of the plugin
 * directory is loaded in its own class loader that sees only the JDK and {@code fr.orienta.spi};
 * its extensions' declared settings are read from MicroProfile Config and checked at start-up. The
 * admin screen lists what loaded and what failed.
 */
package fr.orienta.plugins;
