package kg.tereze.messaging.internal;

import java.util.Set;

import kg.tereze.shared.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingNavigation {

	@Bean
	NavItem channelsNav() {
		return new NavItem("messaging.nav.channels", "/messaging/channels", Set.of("ADMIN", "HEAD", "AUDITOR"), 520);
	}
}
