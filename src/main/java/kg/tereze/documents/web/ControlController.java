package kg.tereze.documents.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.documents.internal.Control;
import kg.tereze.documents.internal.Resolution;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head's resolution, extension and taking off control on the card; everybody's own assignments. */
@Controller
@RequestMapping("/documents")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class ControlController {

	private final Control control;

	private final CardPage card;

	private final MessageSource messages;

	private final StaffUsers staff;

	ControlController(Control control, CardPage card, StaffUsers staff, MessageSource messages) {
		this.staff = staff;
		this.control = control;
		this.card = card;
		this.messages = messages;
	}

	@GetMapping("/mine")
	String mine(Model model) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("mine", control.mine(t));
		model.addAttribute("people", staff.names(t, true));
		if (t.hasRole("HEAD") || t.hasRole("RECORDS") || t.hasRole("AUDITOR")) {
			model.addAttribute("due", control.due(t, 3));
		}
		model.addAttribute("today", control.today());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "documents/mine";
	}

	@PostMapping("/assignments/{id}/report")
	String report(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			control.report(CurrentTenant.require(), id, form.get("report"), form.get("answer"));
		}
		catch (InvalidInputException e) {
			FormErrors.show("report-" + id, e, form, model, response, messages, locale);
			return mine(model);
		}
		redirect.addFlashAttribute("notice", "documents.reported");
		return "redirect:/documents/mine";
	}

	@PostMapping("/assignments/{id}/delegation")
	String delegate(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			control.delegate(CurrentTenant.require(), id, FormFields.number(form, "executor"), form.get("instruction"),
					FormFields.date(form, "dueOn"));
		}
		catch (InvalidInputException e) {
			FormErrors.show("delegate-" + id, e, form, model, response, messages, locale);
			return mine(model);
		}
		redirect.addFlashAttribute("notice", "documents.delegated");
		return "redirect:/documents/mine";
	}

	@PostMapping("/{id}/resolution")
	@PreAuthorize("hasRole('HEAD')")
	String resolve(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		Map<String, String> form = params.toSingleValueMap();
		try {
			List<Long> co = params.getOrDefault("coExecutors", List.of()).stream().flatMap(v -> Stream.of(v.split(",")))
				.filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).toList();
			control.resolve(t, id, new Resolution(form.get("instruction"), FormFields.date(form, "dueOn"),
					FormFields.number(form, "responsible"), co));
		}
		catch (InvalidInputException e) {
			FormErrors.show("resolution-form", e, form, model, response, messages, locale);
			return card.show(t, id, model);
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasRole('HEAD')")
	String extend(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			control.extend(t, id, FormFields.date(form, "dueOn"), form.get("reason"));
		}
		catch (InvalidInputException e) {
			FormErrors.show("extension-form", e, form, model, response, messages, locale);
			return card.show(t, id, model);
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/taken-off")
	@PreAuthorize("hasAnyRole('HEAD', 'RECORDS')")
	String takeOff(@PathVariable long id, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			control.takeOff(t, id);
		}
		catch (InvalidInputException e) {
			FormErrors.show("takeoff-form", e, Map.of(), model, response, messages, locale);
			return card.show(t, id, model);
		}
		return "redirect:/documents/" + id;
	}
}
