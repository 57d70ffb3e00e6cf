/**
 * The Orienta plugin test kit: what a plugin author adds to their tests to know that the core will
 * load and run their plugin.
 *
 * <h2>Use</h2>
 *
 * <p>Depend on {@code fr.orienta:orienta-spi-testkit} in {@code test} scope, then extend {@link
 * fr.orienta.spi.testkit.PluginContractTest}:
 *
 * <pre>{@code
 * class MyPluginContractTest extends PluginContractTest {
 *   @Override
 *   protected OrientaPlugin plugin() {
 *     return new MyPlugin();
 *   }
 * }
 * }</pre>
 *
 * <p>The inherited tests check that the plugin is listed in {@code
 * META-INF/services/fr.orienta.spi.OrientaPlugin}; that its id and its extensions' ids match {@code
 * [a-z][a-z0-9-]*} and are unique, with non-blank labels and version; that settings keys are unique
 * and defaults parse; that every {@link fr.orienta.spi.PriorityRule} scores every {@link
 * fr.orienta.spi.testkit.SamplePersons sample person} (unknown birth date, future dates, ALD
 * without number…) without throwing, never returns {@code null}, gives the same result twice and
 * explains any points it gives; and that every {@link fr.orienta.spi.PatientSource} describes its
 * fields with at least one header each, no header claimed by two fields, and reads an empty or
 * absurd row into a result, with problems rather than exceptions. Each failure lists every breach
 * in French. The same checks can be called one by one through {@link
 * fr.orienta.spi.testkit.PluginContract}.
 *
 * <h2>Helpers for a plugin's own tests</h2>
 *
 * <p>{@link fr.orienta.spi.testkit.MapSourceRow} is a source row built from a map, read the way the
 * core reads a file (trimmed, blank cells as {@code null}, columns numbered by field order). {@link
 * fr.orienta.spi.testkit.SamplePersons} gives waiting persons seen on a fixed date, 1 November
 * 2026, so that rule tests never depend on the clock.
 */
package fr.orienta.spi.testkit;
