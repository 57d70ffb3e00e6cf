/**
 * Demo mode: a CPTS of northern Haute-Loire sized like the CPTS Nord Velay Forez, a small second
 * CPTS to show isolation, and one user of each role. Synthetic and deterministic — no real person —
 * and created only when {@code orienta.demo=true}.
 */
package fr.orienta.demo;
