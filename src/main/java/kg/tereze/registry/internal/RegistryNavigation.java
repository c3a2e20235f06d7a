package kg.tereze.registry.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavItem registryNav() {
		return new NavItem("registry.nav.registry", "/registry", Set.of("REGISTRAR", "CLERK", "HEAD", "AUDITOR"), 200);
	}
}
