package kg.tereze.billing.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BillingNavigation {

	@Bean
	NavItem billingNav() {
		return new NavItem("billing.nav.billing", "/billing", Set.of("ACCOUNTANT", "HEAD", "AUDITOR"), 310);
	}

	/** The field controller prints the notices of the villages they walk. */
	@Bean
	NavItem noticesNav() {
		return new NavItem("billing.nav.notices", "/billing/notices", Set.of("ACCOUNTANT", "CONTROLLER"), 320);
	}

	@Bean
	NavItem routesNav() {
		return new NavItem("billing.nav.routes", "/billing/routes", Set.of("ACCOUNTANT", "CONTROLLER", "HEAD", "AUDITOR"), 315);
	}
}
