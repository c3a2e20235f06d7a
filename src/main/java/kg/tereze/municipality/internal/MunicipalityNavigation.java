package kg.tereze.municipality.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MunicipalityNavigation {

	@Bean
	NavItem municipalityNav() {
		return new NavItem("municipality.nav.municipality", "/municipality", Set.of("ADMIN", "HEAD", "AUDITOR", "CLERK", "REGISTRAR"), 800);
	}

	@Bean
	NavItem municipalitiesNav() {
		return new NavItem("municipality.nav.municipalities", "/sysadmin/municipalities", Set.of("SYSTEM_ADMIN"), 100);
	}
}
