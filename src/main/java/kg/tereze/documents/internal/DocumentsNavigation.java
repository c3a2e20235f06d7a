package kg.tereze.documents.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

	@Bean
	NavItem documentsNav() {
		return new NavItem("documents.nav.documents", "/documents", Set.of("RECORDS", "CLERK", "HEAD", "AUDITOR"), 240);
	}

	@Bean
	NavItem disciplineNav() {
		return new NavItem("documents.nav.discipline", "/documents/discipline", Set.of("HEAD", "RECORDS", "AUDITOR"), 242);
	}

	@Bean
	NavItem journalsNav() {
		return new NavItem("documents.nav.journals", "/documents/journals", Set.of("ADMIN", "HEAD"), 530);
	}

	/** Every staff member may be given a document to answer. */
	@Bean
	NavItem assignmentsNav() {
		return new NavItem("documents.nav.mine", "/documents/mine", Set.of("ADMIN", "HEAD", "CLERK", "REGISTRAR", "ACCOUNTANT",
				"CASHIER", "CONTROLLER", "AUDITOR", "RECORDS"), 241);
	}
}
