package fr.orienta.security;

/** What an audit event records. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT
}
