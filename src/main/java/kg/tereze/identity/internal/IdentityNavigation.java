package kg.tereze.identity.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavItem usersNav() {
		return new NavItem("identity.nav.users", "/admin/users", Set.of("ADMIN", "SYSTEM_ADMIN"), 900);
	}
}
