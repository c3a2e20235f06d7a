package kg.tereze.payments.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.municipality.Municipalities;
import kg.tereze.payments.internal.AgentPassword;
import kg.tereze.payments.internal.AgentSettings;
import kg.tereze.payments.internal.PaymentAgent;
import kg.tereze.payments.internal.PaymentAgents;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's page of payment agents. A new password is shown in the answer to the
 * POST itself rather than after a redirect, so that it never passes through the session table.
 */
@Controller
@RequestMapping("/sysadmin/agents")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AgentAdminController {

	private final PaymentAgents agents;

	private final Municipalities municipalities;

	private final MessageSource messages;

	AgentAdminController(PaymentAgents agents, Municipalities municipalities, MessageSource messages) {
		this.agents = agents;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agents", agents.all(CurrentTenant.require()));
		model.addAttribute("municipalityNames", names());
		return "payments/agents";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(null, Map.of("minSum", "1", "maxSum", "100000", "active", "on"), Set.of(), model);
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		PaymentAgent a = agents.require(CurrentTenant.require(), code);
		return form(a, typed(a), a.municipalities(), model);
	}

	@PostMapping({ "/new", "/{code}" })
	String save(@PathVariable(required = false) String code, @RequestParam Map<String, String> form,
			@RequestParam(name = "municipality", required = false) List<String> chosen, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		PaymentAgent existing = code == null ? null : agents.require(CurrentTenant.require(), code);
		Set<Long> ids = new LinkedHashSet<>();
		try {
			ids.addAll(ids(chosen));
			AgentSettings settings = settings(form, ids);
			if (existing == null) {
				AgentPassword created = agents.create(CurrentTenant.require(), form.get("code"), settings);
				return shown(created, model);
			}
			agents.update(CurrentTenant.require(), code, settings);
		}
		catch (InvalidInputException e) {
			FormErrors.show("agent-form", e, form, model, response, messages, locale);
			return form(existing, form, ids, model);
		}
		redirect.addFlashAttribute("notice", "payments.agent.saved");
		return "redirect:/sysadmin/agents";
	}

	@PostMapping("/{code}/password")
	String newPassword(@PathVariable String code, Model model) {
		return shown(agents.newPassword(CurrentTenant.require(), code), model);
	}

	private String shown(AgentPassword p, Model model) {
		model.addAttribute("password", p.password());
		return form(p.agent(), typed(p.agent()), p.agent().municipalities(), model);
	}

	private String form(PaymentAgent agent, Map<String, String> typed, Set<Long> chosen, Model model) {
		model.addAttribute("agent", agent);
		model.addAttribute("typed", typed);
		model.addAttribute("chosen", chosen);
		model.addAttribute("municipalities", municipalities.all());
		return "payments/agent";
	}

	private static Map<String, String> typed(PaymentAgent a) {
		Map<String, String> typed = new HashMap<>();
		typed.put("code", a.code());
		typed.put("name", a.name());
		typed.put("ipAllow", String.join("\n", a.ipAllow()));
		typed.put("minSum", Som.ofTyiyn(a.minSum()).toBigDecimal().toPlainString());
		typed.put("maxSum", Som.ofTyiyn(a.maxSum()).toBigDecimal().toPlainString());
		typed.put("active", a.active() ? "on" : "");
		return typed;
	}

	static AgentSettings settings(Map<String, String> form, Set<Long> municipalities) {
		String ips = form.getOrDefault("ipAllow", "");
		List<String> rules = Arrays.stream(ips.split("[\\s,;]+")).filter(r -> !r.isBlank()).toList();
		return new AgentSettings(form.get("name"), rules, municipalities,
				Som.parseInput("minSum", FormFields.blankToNull(form.get("minSum")), "payments.agent.error.sum"),
				Som.parseInput("maxSum", FormFields.blankToNull(form.get("maxSum")), "payments.agent.error.sum"),
				"on".equals(form.get("active")) || "true".equals(form.get("active")));
	}

	private static List<Long> ids(List<String> chosen) {
		List<Long> ids = new ArrayList<>();
		for (String c : chosen == null ? List.<String>of() : chosen) {
			try {
				ids.add(Long.parseLong(c.strip()));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("municipalities", "payments.agent.error.municipality");
			}
		}
		return ids;
	}

	private Map<Long, LocalizedName> names() {
		Map<Long, LocalizedName> names = new HashMap<>();
		municipalities.all().forEach(m -> names.put(m.id(), m.name()));
		return names;
	}
}
