package kg.tereze.audit.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavItem auditNav() {
		return new NavItem("audit.nav.audit", "/audit", Set.of("AUDITOR", "ADMIN", "HEAD", "SYSTEM_ADMIN"), 950);
	}
}
