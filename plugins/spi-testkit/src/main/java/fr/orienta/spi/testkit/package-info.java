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
 * fr.orienta.spi.testkit.SampleCsv} reads a sample CSV of the plugin's test resources into such
 * rows, its headers matched to a source's fields by their aliases. {@link
 * fr.orienta.spi.testkit.SamplePersons} gives waiting persons seen on a fixed date, 1 November
 * 2026, so that rule tests never depend on the clock.
 *
 * <h2>Sources built on the common fields</h2>
 *
 * <p>The test of a source that reads identity and phone under the {@link
 * fr.orienta.spi.CommonFields} keys can extend {@link
 * fr.orienta.spi.testkit.PatientSourceContractTest}, giving the source and a row it accepts: the
 * inherited tests check that a row without identity is rejected with one problem per gap, that
 * birth dates read the same in every usual spelling, that a bad phone is dropped with a warning and
 * that columns are read by field whatever their order.
 */
package fr.orienta.spi.testkit;
