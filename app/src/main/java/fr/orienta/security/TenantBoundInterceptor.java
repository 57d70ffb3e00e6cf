package fr.orienta.security;

import fr.orienta.territory.TenantOwned;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Binds the current tenant to the transaction's persistence context. Runs inside the {@code
 * Transactional} interceptor (lower priority number), so the binding lives exactly as long as the
 * transaction-scoped persistence context it configures.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBoundInterceptor {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenants;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    String tenant = tenants.requireTenant();
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "@TenantBound " + invocation.getMethod() + " must run in a transaction");
    }
    Object bound = em.getProperties().get(TenantOwned.TENANT_PROPERTY);
    if (bound != null && !tenant.equals(bound)) {
      // One transaction, one CPTS: mixing would let rows of one tenant leak into another's work.
      throw new IllegalStateException("Transaction already bound to another CPTS");
    }
    if (bound == null) {
      em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
    }
    return invocation.proceed();
  }
}
