package kg.tereze.payments.internal;

import kg.tereze.shared.MachineEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What payment agents may reach: each authenticates by the agent's password and address allow-list. */
@Configuration(proxyBeanMethods = false)
class PaymentsMachineEndpoints {

	@Bean
	MachineEndpoint osmpGet() {
		return new MachineEndpoint("GET", "/api/agents/osmp", "agent code and password (HTTP Basic), address allow-list");
	}

	@Bean
	MachineEndpoint osmpPost() {
		return new MachineEndpoint("POST", "/api/agents/osmp", "agent code and password (HTTP Basic), address allow-list");
	}

	@Bean
	MachineEndpoint bankPayments() {
		return new MachineEndpoint("POST", "/api/v1/payments", "agent code and password (HTTP Basic), address allow-list");
	}
}
