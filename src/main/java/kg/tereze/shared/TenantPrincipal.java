package kg.tereze.shared;

/** Implemented by the signed-in principal so that every module can learn the tenant without depending on identity. */
public interface TenantPrincipal {

	Tenant tenant();
}
