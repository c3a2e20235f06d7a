package kg.tereze.certificates.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CertificatesNavigation {

	@Bean
	NavItem certificatesNav() {
		return new NavItem("certificates.nav.certificates", "/certificates", Set.of("CLERK", "HEAD"), 150);
	}

	@Bean
	NavItem certificateJournalNav() {
		return new NavItem("certificates.nav.certificateJournal", "/certificates/journal", Set.of("CLERK", "HEAD", "AUDITOR"), 160);
	}

	/** The administrator words the certificates; clerks reach the types from the issuing page. */
	@Bean
	NavItem certificateTypesNav() {
		return new NavItem("certificates.nav.certificateTypes", "/certificates/types", Set.of("ADMIN"), 170);
	}
}
