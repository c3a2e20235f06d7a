package kg.tereze.payments.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsNavigation {

	@Bean
	NavItem cashDeskNav() {
		return new NavItem("payments.nav.cash", "/cash", Set.of("CASHIER", "CONTROLLER"), 290);
	}

	@Bean
	NavItem agentsNav() {
		return new NavItem("payments.nav.agents", "/sysadmin/agents", Set.of("SYSTEM_ADMIN"), 110);
	}

	@Bean
	NavItem refundsNav() {
		return new NavItem("payments.nav.refunds", "/refunds", Set.of("ACCOUNTANT", "CASHIER", "HEAD", "AUDITOR"), 295);
	}

	@Bean
	NavItem reconciliationNav() {
		return new NavItem("payments.nav.reconciliations", "/payments/reconciliations", Set.of("ACCOUNTANT", "HEAD", "AUDITOR"), 335);
	}
}
