package kg.tereze.ledger.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerNavigation {

	@Bean
	NavItem accountsNav() {
		return new NavItem("ledger.nav.accounts", "/accounts", Set.of("ACCOUNTANT", "CASHIER", "CONTROLLER", "HEAD", "AUDITOR"), 300);
	}

	@Bean
	NavItem reportsNav() {
		return new NavItem("ledger.nav.reports", "/reports", Set.of("ACCOUNTANT", "HEAD", "AUDITOR"), 330);
	}
}
