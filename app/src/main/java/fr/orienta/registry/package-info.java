/**
 * The registry of people of the territory known to be without a médecin traitant: identity,
 * contact, priority flags (ALD, CSS, age), status life cycle and, through the audit trail, their
 * story. Every read or change of a person here is audited.
 */
package fr.orienta.registry;
