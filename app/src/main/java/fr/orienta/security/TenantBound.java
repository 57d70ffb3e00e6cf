package fr.orienta.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transactional service whose persistence context must see only the current CPTS's rows.
 * Tenant-owned entities are EclipseLink multitenant entities: once the tenant property is bound,
 * every query, find and insert is scoped by the provider itself, so no query can forget the filter.
 * Without a tenant the call fails.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantBound {}
