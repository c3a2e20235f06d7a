package kg.tereze.frontdesk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.certificates.CertificateFees;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.NewDeskService;
import kg.tereze.frontdesk.internal.ServiceCatalog;
import kg.tereze.frontdesk.internal.ServiceKind;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

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

/** The service catalog: what to bring, the fee and the deadline, for every clerk to read and the head to change. */
@Controller
@RequestMapping("/frontdesk/services")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class ServiceCatalogController {

	private final ServiceCatalog catalog;

	private final CertificateTypes certificateTypes;

	private final CertificateFees fees;

	private final MessageSource messages;

	ServiceCatalogController(ServiceCatalog catalog, CertificateTypes certificateTypes, CertificateFees fees, MessageSource messages) {
		this.catalog = catalog;
		this.certificateTypes = certificateTypes;
		this.fees = fees;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		Tenant t = CurrentTenant.require();
		List<DeskService> all = catalog.of(t.requireMunicipality());
		Map<Long, Som> fee = new HashMap<>();
		for (DeskService s : all) {
			fee.put(s.id(), s.instant() ? fees.rate(t, s.certificateType()).fee() : s.fee());
		}
		model.addAttribute("services", all);
		model.addAttribute("fees", fee);
		return "frontdesk/services";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
	String newForm(Model model) {
		return form(null, Map.of("kind", "APPLICATION", "active", "on", "responsibleRole", "CLERK"), model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
	String edit(@PathVariable long id, Model model) {
		DeskService s = catalog.require(CurrentTenant.require().requireMunicipality(), id);
		Map<String, String> typed = new HashMap<>();
		typed.put("code", s.code());
		typed.put("nameKy", s.name().ky());
		typed.put("nameRu", s.name().ru());
		typed.put("nameEn", s.name().en());
		typed.put("kind", s.kind().name());
		typed.put("certificateType", s.certificateType() == null ? "" : s.certificateType());
		typed.put("documentsKy", s.documentsKy());
		typed.put("documentsRu", s.documentsRu());
		typed.put("fee", s.fee().toBigDecimal().toPlainString());
		typed.put("deadlineDays", String.valueOf(s.deadlineDays()));
		typed.put("responsibleRole", s.responsibleRole());
		typed.put("active", s.active() ? "on" : "");
		return form(s, typed, model);
	}

	private String form(DeskService service, Map<String, String> typed, Model model) {
		model.addAttribute("service", service);
		model.addAttribute("typed", typed);
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("roles", ServiceCatalog.ROLES.stream().sorted().toList());
		model.addAttribute("certificateTypes", certificateTypes.active(CurrentTenant.require()));
		return "frontdesk/service";
	}

	@PostMapping({ "/new", "/{id}" })
	@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
	String save(@PathVariable(required = false) Long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		DeskService existing = id == null ? null : catalog.require(t.requireMunicipality(), id);
		try {
			NewDeskService typed = typed(form);
			if (existing == null) {
				catalog.add(t, typed);
			}
			else {
				catalog.update(t, id, typed);
			}
		}
		catch (InvalidInputException e) {
			FormErrors.show("service-form", e, form, model, response, messages, locale);
			return form(existing, form, model);
		}
		redirect.addFlashAttribute("notice", "frontdesk.service.saved");
		return "redirect:/frontdesk/services";
	}

	static NewDeskService typed(Map<String, String> form) {
		ServiceKind kind = FormFields.blankToNull(form.get("kind")) == null ? null : QueueController.kind(form.get("kind"));
		Long days = FormFields.number(form, "deadlineDays");
		if (days != null && (days < 0 || days > 365)) {
			throw new InvalidInputException("deadlineDays", "frontdesk.error.deadline");
		}
		String fee = FormFields.blankToNull(form.get("fee"));
		return new NewDeskService(form.get("code"),
				new LocalizedName(form.get("nameKy"), form.get("nameRu"), FormFields.blankToNull(form.get("nameEn"))), kind,
				FormFields.blankToNull(form.get("certificateType")), form.get("documentsKy"), form.get("documentsRu"),
				fee == null ? Som.ZERO : Som.parseInput("fee", fee, "frontdesk.error.fee"),
				days == null ? null : days.intValue(), FormFields.blankToNull(form.get("responsibleRole")),
				"on".equals(form.get("active")) || "true".equals(form.get("active")));
	}
}
