package kg.tereze.appeals.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AppealsNavigation {

	@Bean
	NavItem inboxNav() {
		return new NavItem("appeals.nav.inbox", "/appeals", Set.of("CLERK", "HEAD", "AUDITOR"), 250);
	}

	@Bean
	NavItem problemReportsNav() {
		return new NavItem("appeals.nav.problemReports", "/appeals/reports", Set.of("CLERK", "HEAD", "AUDITOR", "ACCOUNTANT"), 255);
	}

	@Bean
	NavItem open311KeysNav() {
		return new NavItem("appeals.nav.open311Keys", "/appeals/open311-keys", Set.of("ADMIN", "HEAD", "AUDITOR"), 525);
	}
}
