package kg.tereze.payments.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.payments.internal.AgentActivity;
import kg.tereze.payments.internal.AgentPassword;
import kg.tereze.payments.internal.AgentSettings;
import kg.tereze.payments.internal.PaymentAgent;
import kg.tereze.payments.internal.PaymentAgents;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment agents for the system administrator's scripts. Municipalities are named by their codes
 * ({@code KAR}); an empty list means every municipality, an empty address list every address.
 */
@RestController
@RequestMapping("/api/v1/agents")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AgentAdminApi {

	record AgentIn(String code, String name, List<String> ipAllow, List<String> municipalities, String minSum,
			String maxSum, Boolean active) {
	}

	record AgentView(String code, String name, List<String> ipAllow, List<String> municipalities, String minSum,
			String maxSum, boolean active, Long paymentsToday, LocalDateTime lastPayment) {
	}

	record PasswordView(AgentView agent, String password) {
	}

	private final PaymentAgents agents;

	private final Municipalities municipalities;

	AgentAdminApi(PaymentAgents agents, Municipalities municipalities) {
		this.agents = agents;
		this.municipalities = municipalities;
	}

	@GetMapping
	List<AgentView> all() {
		Map<Long, String> codes = codes();
		return agents.all(CurrentTenant.require()).stream().map(a -> view(a, codes)).toList();
	}

	@GetMapping("/{code}")
	AgentView one(@PathVariable String code) {
		return view(agents.require(CurrentTenant.require(), code), null, null, codes());
	}

	/** 201 with the password: the only time it is shown. */
	@PostMapping
	ResponseEntity<PasswordView> create(@RequestBody AgentIn in) {
		Map<Long, String> codes = codes();
		AgentPassword created = agents.create(CurrentTenant.require(), in.code(), settings(in, null, codes));
		return ResponseEntity.created(URI.create("/api/v1/agents/" + created.agent().code()))
			.body(new PasswordView(view(created.agent(), null, null, codes), created.password()));
	}

	@PutMapping("/{code}")
	AgentView update(@PathVariable String code, @RequestBody AgentIn in) {
		PaymentAgent before = agents.require(CurrentTenant.require(), code);
		Map<Long, String> codes = codes();
		return view(agents.update(CurrentTenant.require(), code, settings(in, before, codes)), null, null, codes);
	}

	@PostMapping("/{code}/password")
	PasswordView newPassword(@PathVariable String code) {
		AgentPassword p = agents.newPassword(CurrentTenant.require(), code);
		return new PasswordView(view(p.agent(), null, null, codes()), p.password());
	}

	/** A field left out keeps the agent's value (or the default for a new agent). */
	private static AgentSettings settings(AgentIn in, PaymentAgent before, Map<Long, String> codes) {
		AgentSettings base = before == null ? null : AgentSettings.of(before);
		Map<String, Long> ids = new HashMap<>();
		codes.forEach((id, c) -> ids.put(c, id));
		Set<Long> chosen;
		if (in.municipalities() == null) {
			chosen = base == null ? Set.of() : base.municipalities();
		}
		else {
			chosen = new LinkedHashSet<>();
			for (String c : in.municipalities()) {
				Long id = c == null ? null : ids.get(c.strip().toUpperCase(Locale.ROOT));
				if (id == null) {
					throw new InvalidInputException("municipalities", "payments.agent.error.municipality");
				}
				chosen.add(id);
			}
		}
		return new AgentSettings(in.name() != null ? in.name() : base == null ? null : base.name(),
				in.ipAllow() != null ? in.ipAllow() : base == null ? List.of() : base.ipAllow(), chosen,
				sum("minSum", in.minSum(), base == null ? Som.of(1) : base.minSum()),
				sum("maxSum", in.maxSum(), base == null ? Som.of(100_000) : base.maxSum()),
				in.active() != null ? in.active() : base == null || base.active());
	}

	private static Som sum(String field, String text, Som otherwise) {
		return text == null ? otherwise : Som.parseInput(field, text, "payments.agent.error.sum");
	}

	private Map<Long, String> codes() {
		Map<Long, String> codes = new HashMap<>();
		for (Municipality m : municipalities.all()) {
			codes.put(m.id(), m.code());
		}
		return codes;
	}

	private static AgentView view(AgentActivity a, Map<Long, String> codes) {
		return view(a.agent(), a.paymentsToday(), a.lastPayment(), codes);
	}

	private static AgentView view(PaymentAgent a, Long today, LocalDateTime last, Map<Long, String> codes) {
		return new AgentView(a.code(), a.name(), a.ipAllow(),
				a.municipalities().stream().map(codes::get).sorted().toList(),
				Som.ofTyiyn(a.minSum()).toBigDecimal().toPlainString(), Som.ofTyiyn(a.maxSum()).toBigDecimal().toPlainString(),
				a.active(), today, last);
	}
}
