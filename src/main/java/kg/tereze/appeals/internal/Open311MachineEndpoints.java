package kg.tereze.appeals.internal;

import kg.tereze.shared.MachineEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open311 GeoReport v2: reading the services and the public side of reports needs no key (the same as
 * the public pages show); filing a report needs the municipality's api_key.
 */
@Configuration(proxyBeanMethods = false)
class Open311MachineEndpoints {

	private static final String PUBLIC = "none: public aggregate data, by jurisdiction_id";

	@Bean
	MachineEndpoint open311Services() {
		return new MachineEndpoint("GET", "/open311/v2/services.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311Service() {
		return new MachineEndpoint("GET", "/open311/v2/services/{code}.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311Requests() {
		return new MachineEndpoint("GET", "/open311/v2/requests.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311Request() {
		return new MachineEndpoint("GET", "/open311/v2/requests/{id}.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311Token() {
		return new MachineEndpoint("GET", "/open311/v2/tokens/{token}.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311Updates() {
		return new MachineEndpoint("GET", "/open311/v2/servicerequestupdates.{format}", PUBLIC);
	}

	@Bean
	MachineEndpoint open311File() {
		return new MachineEndpoint("POST", "/open311/v2/requests.{format}", "api_key issued by the municipality's administrator");
	}
}
