package fr.orienta.security;

/** Tenant-owned data was asked for without a CPTS: refused rather than read unscoped. */
public class NoTenantException extends SecurityException {
  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super("Aucune CPTS associée à cet utilisateur : accès aux données refusé.");
  }
}
