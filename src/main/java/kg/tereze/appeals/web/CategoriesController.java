package kg.tereze.appeals.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.appeals.internal.Categories;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
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

/** The head's categories of problem: names, deadlines, who else works on them. */
@Controller
@RequestMapping("/appeals/categories")
@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
class CategoriesController {

	private final Categories categories;

	private final MessageSource messages;

	CategoriesController(Categories categories, MessageSource messages) {
		this.categories = categories;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", categories.of(CurrentTenant.require().requireMunicipality()));
		model.addAttribute("roles", Categories.ROLES.stream().sorted().toList());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "appeals/categories";
	}

	@PostMapping
	String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			categories.add(t, form.get("code"), name(form), hours(form), form.get("role"));
		}
		catch (InvalidInputException e) {
			FormErrors.show("category-new", e, form, model, response, messages, locale);
			return list(model);
		}
		redirect.addFlashAttribute("notice", "appeals.category.saved");
		return "redirect:/appeals/categories";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			categories.update(t, id, name(form), hours(form), form.get("role"), "on".equals(form.get("active")));
		}
		catch (InvalidInputException e) {
			FormErrors.show("category-" + id, e, form, model, response, messages, locale);
			return list(model);
		}
		redirect.addFlashAttribute("notice", "appeals.category.saved");
		return "redirect:/appeals/categories";
	}

	private static LocalizedName name(Map<String, String> form) {
		String ky = FormFields.blankToNull(form.get("nameKy"));
		String ru = FormFields.blankToNull(form.get("nameRu"));
		String en = FormFields.blankToNull(form.get("nameEn"));
		return new LocalizedName(ky, ru, en == null ? ru : en);
	}

	private static Integer hours(Map<String, String> form) {
		Long h = FormFields.number(form, "slaHours");
		if (h != null && (h < 1 || h > 8760)) {
			throw new InvalidInputException("slaHours", "appeals.error.sla");
		}
		return h == null ? null : h.intValue();
	}
}
