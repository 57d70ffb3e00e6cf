/**
 * The base priority rules bundled with Orienta: affection de longue durée, age, complémentaire
 * santé solidaire and time already waited. Each rule adds points the CPTS can tune per tenant (0
 * turns a rule off) and words its score so a coordinator can tell the person why they come before
 * or after others; the core sums them. A CPTS with other criteria writes its own {@code rules-*}
 * plugin rather than forking these.
 */
package fr.orienta.plugin.rules;
