/**
 * The sample plugin for plugin authors, walked through in {@code src/docs/plugin-guide.md}: one
 * entry point, {@link fr.orienta.plugin.example.ExampleRulesPlugin}, listed in {@code
 * META-INF/services/fr.orienta.spi.OrientaPlugin}, and one priority rule, « Commune prioritaire »,
 * that gives points to people living in the communes a CPTS declares under-served (zones
 * d'intervention prioritaire). Everything a territory tunes is a declared setting read through the
 * SPI's {@link fr.orienta.spi.Settings}; the rule is a pure function with no I/O. It is not bundled
 * with the distribution: the end-to-end tests drop its jar into the server's plugin directory to
 * prove that a plugin loads without rebuilding anything.
 */
package fr.orienta.plugin.example;
