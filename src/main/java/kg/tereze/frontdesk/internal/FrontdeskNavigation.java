package kg.tereze.frontdesk.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FrontdeskNavigation {

	@Bean
	NavItem frontdeskNav() {
		return new NavItem("frontdesk.nav.frontdesk", "/frontdesk", Set.of("CLERK", "HEAD", "REGISTRAR", "AUDITOR"), 90);
	}

	@Bean
	NavItem applicationsNav() {
		return new NavItem("frontdesk.nav.applications", "/frontdesk/applications",
				Set.of("CLERK", "HEAD", "REGISTRAR", "AUDITOR", "ACCOUNTANT"), 95);
	}
}
