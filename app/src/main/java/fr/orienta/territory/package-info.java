/**
 * The federation's tenants (each CPTS and the communes of its territory), the reference list of
 * French communes with their centroids, and distances between communes. {@link
 * fr.orienta.territory.TenantOwned} is the base of every row that belongs to one CPTS.
 */
package fr.orienta.territory;
