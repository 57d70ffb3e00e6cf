/**
 * Who is signed in and what they may see: user accounts and their roles, the login mechanism (form
 * for the UI, HTTP Basic for {@code /api}), account lockout, the tenant (CPTS) context that scopes
 * every tenant-owned query, and the audit trail of every read or change of nominative data.
 */
package fr.orienta.security;
